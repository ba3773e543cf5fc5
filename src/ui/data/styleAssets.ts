import basemapUrl from '../../../data/basemap/basemap.geojson?url';
import type { StyleAssets } from '../../map/buildStyle.ts';
import { remoteBasemapFromEnv } from '../remoteBasemap.ts';

/** The style's bundled assets, resolved against this page (the app or the embed). */
export function styleAssetsForPage(): StyleAssets {
  const base = window.location.href;
  return {
    basemapUrl: new URL(basemapUrl, base).href,
    baseUrl: base,
    remote: remoteBasemapFromEnv(),
  };
}
