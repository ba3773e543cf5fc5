import type { RemoteBasemap } from '../map/basemapStyle.ts';

/**
 * An optional remote raster basemap, set at build time with VITE_REMOTE_BASEMAP_TILES (a tile
 * URL template) and VITE_REMOTE_BASEMAP_ATTRIBUTION. Off by default: the app never needs it.
 */
export function remoteBasemapFromEnv(): RemoteBasemap | undefined {
  const tiles = import.meta.env.VITE_REMOTE_BASEMAP_TILES as string | undefined;
  if (!tiles) return undefined;
  const attribution = (import.meta.env.VITE_REMOTE_BASEMAP_ATTRIBUTION as string | undefined) ?? '';
  return { tiles: [tiles], attribution };
}
