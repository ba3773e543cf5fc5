import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf, NON_EMPTY_PLAN_LAYERS } from './support/bundled.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

// What the opening view drew at its first idle before the overlays were made on-demand (the
// registry's plan layers and the basemap, plus the water's outline that now smooths its banks):
// the cold start must still show this very map.
const PLAN_AT_FIRST_IDLE = NON_EMPTY_PLAN_LAYERS;
const BASEMAP_AT_FIRST_IDLE = [
  'base:land',
  'base:province-2019-fill',
  'base:province-2019-fill-hanoi',
  'base:park',
  'base:hillshade',
  'base:park-outline',
  'base:water',
  'base:water-outline',
  'base:district-2019-line',
  'base:road-national',
  'base:railway',
  'base:province-2019-line',
  'base:road-national-label',
  'base:park-label',
  'base:place-district-2019',
  'base:place',
  'base:place-province',
];

const browser = setUpMapApp();
let app: MapApp;

/** The on-demand overlays (analysis, measure, highlight, selection) the map's style carries. */
async function styleOverlays(app: MapApp): Promise<string[]> {
  const value = await app.page.getByTestId('map').getAttribute('data-style-overlays');
  return (value ?? '').split(' ').filter(Boolean);
}

async function basemapLayers(app: MapApp): Promise<string[]> {
  const value = await app.page.getByTestId('map').getAttribute('data-basemap-layers');
  return (value ?? '').split(' ').filter(Boolean);
}

describe('overlays added to the map on first use', () => {
  it('opens on the same plan and basemap, with no overlay in the style', async () => {
    app = await browser.open();
    expect((await app.renderedLayers()).sort()).toEqual([...PLAN_AT_FIRST_IDLE].sort());
    expect((await basemapLayers(app)).sort()).toEqual([...BASEMAP_AT_FIRST_IDLE].sort());
    expect(await styleOverlays(app)).toEqual([]);
  });

  it('adds the measure overlay when the first path is measured, and draws it', async () => {
    app = await browser.open({ zoom: 11, lon: 105.65, lat: 21.25 });
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.measureLine([105.6, 21.22], [105.7, 21.28]);
    await app.waitUntilRendered('measure');
    expect(await styleOverlays(app)).toContain('measure');
    expect(await styleOverlays(app)).not.toContain('analysis');
  });

  it('adds the selection halo on the first click on a feature', async () => {
    const zone = bundledPolygon('industrial-zones', 'iz-khai-quang');
    const { lon, lat } = middleOf(zone);
    app = await browser.open({ zoom: 13, lon, lat });
    expect(await styleOverlays(app)).toEqual([]);
    await app.clickAt(lon, lat);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(zone.properties?.name);
    await expect.poll(() => styleOverlays(app), { timeout: 30_000 }).toEqual(['selection']);
  });
});
