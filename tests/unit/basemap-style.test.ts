import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { FONT_REGULAR } from '../../src/map/fonts.ts';

const ORIGIN = 'http://localhost/';
const assets = {
  basemap: {
    tilesUrl: `${ORIGIN}assets/basemap.pmtiles`,
    hillshadeUrl: `${ORIGIN}assets/hillshade.webp`,
    hillshadeCorners: [
      [105.3, 21.6],
      [106, 21.6],
      [106, 21.05],
      [105.3, 21.05],
    ] as [[number, number], [number, number], [number, number], [number, number]],
  },
  baseUrl: ORIGIN,
};
const style = buildStyle(
  { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' },
  assets,
);
const ids = style.layers.map((layer) => layer.id);

describe('the basemap in the map style', () => {
  it('reads its tiles and relief from the page’s origin only', () => {
    const urls = Object.values(style.sources).flatMap((source) =>
      'url' in source && source.url ? [source.url] : [],
    );
    expect(urls).toEqual([
      `pmtiles://${ORIGIN}assets/basemap.pmtiles`,
      `${ORIGIN}assets/hillshade.webp`,
    ]);
    for (const url of urls) expect(url.replace('pmtiles://', '').startsWith(ORIGIN)).toBe(true);
  });

  it('credits OpenStreetMap, the 2025 units and SRTM on the vector source', () => {
    const source = style.sources.basemap;
    const attribution = source && 'attribution' in source ? source.attribution : '';
    expect(attribution).toContain('© OpenStreetMap contributors');
    expect(attribution).toContain('sapnhap.bando.com.vn');
    expect(attribution).toContain('SRTM');
  });

  it('draws the ground under the plan layers and the place labels over them', () => {
    const firstPlan = ids.findIndex((id) => !id.startsWith('base:'));
    for (const id of ['base:land', 'base:water', 'base:hillshade', 'base:road', 'base:railway']) {
      expect(ids.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(id), id).toBeLessThan(firstPlan);
    }
    expect(ids.indexOf('base:place')).toBeGreaterThan(ids.indexOf('ring-road-5:line'));
  });

  it('places the province names first (top-most symbol layer), so no town crowds them out', () => {
    expect(ids.at(-1)).toBe('base:place-province');
  });

  it('labels in one font, so the first view fetches and rasterises one set of glyphs', () => {
    // Every font a label layer names is more font files to fetch and more glyphs to draw on
    // the main thread before the first idle (the bold set cost two more files at cold start).
    const fonts = new Set(
      style.layers
        .flatMap((layer) => (layer.type === 'symbol' ? [layer] : []))
        .filter((layer) => layer.id.startsWith('base:'))
        .flatMap((layer) => (layer.layout?.['text-font'] as string[] | undefined) ?? []),
    );
    expect([...fonts]).toEqual([FONT_REGULAR]);
  });

  it('paints every label with constants, so all of them share one symbol shader', () => {
    // A paint property read from the data (a `match` on rank) makes MapLibre compile another
    // shader program for that layer, tens to hundreds of ms under SwiftShader at cold start.
    const computed = style.layers
      .filter((layer) => layer.id.startsWith('base:') && layer.type === 'symbol')
      .flatMap((layer) =>
        Object.entries(layer.paint ?? {})
          .filter(([, value]) => Array.isArray(value))
          .map(([property]) => `${layer.id} ${property}`),
      );
    expect(computed).toEqual([]);
  });
});
