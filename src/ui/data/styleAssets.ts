import basemapTilesUrl from '../../../data/basemap/basemap.pmtiles?url';
import hillshade from '../../../data/basemap/hillshade.json';
import hillshadeUrl from '../../../data/basemap/hillshade.webp?url';
import type { BasemapAssets } from '../../map/basemapStyle.ts';
import type { StyleAssets } from '../../map/buildStyle.ts';
import { remoteBasemapFromEnv } from '../remoteBasemap.ts';

/** The style's bundled assets, resolved against this page (the app or the embed). */
export function styleAssetsForPage(): StyleAssets {
  const base = window.location.href;
  return {
    basemap: {
      tilesUrl: new URL(basemapTilesUrl, base).href,
      hillshadeUrl: new URL(hillshadeUrl, base).href,
      hillshadeCorners: hillshade.coordinates as BasemapAssets['hillshadeCorners'],
    },
    baseUrl: base,
    remote: remoteBasemapFromEnv(),
  };
}
