import type { StyleAssets } from '../../../src/map/buildStyle.ts';

/** The assets a style is built with in the app, at fixed local addresses for unit tests. */
export const TEST_STYLE_ASSETS: StyleAssets = {
  basemap: {
    tilesUrl: 'http://localhost/basemap.pmtiles',
    hillshadeUrl: 'http://localhost/hillshade.webp',
    hillshadeCorners: [
      [105.3, 21.6],
      [106, 21.6],
      [106, 21.05],
      [105.3, 21.05],
    ],
  },
  baseUrl: 'http://localhost/',
};
