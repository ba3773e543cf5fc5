import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { dropMadeInPage } from './support/dropFile.ts';
import { type Camera, type MapApp, screenPointOf } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const COUNT = 3000;

/**
 * Drops 3,000 squares 0.001° on a side, 0.002° apart (under a pixel across, more than one per
 * 2-pixel cell, at the map's first zoom 9.6) and returns the new layer's id once it is drawn.
 */
async function importSquares(app: MapApp): Promise<string> {
  await dropMadeInPage(app.page, 'parcels.geojson', squaresText, COUNT, true, { idPrefix: 'p' });
  await app.confirmImport();
  const row = app.page.locator('.layer-row', { hasText: 'parcels' });
  const layerId = (await row.getAttribute('data-layer-id'))!;
  await app.waitUntilRendered(layerId, 120_000);
  return layerId;
}

const mapData = (app: MapApp, name: string) => app.page.getByTestId('map').getAttribute(name);

/** How many distinct features of a layer MapLibre draws in view, as the map reports when idle. */
async function drawnOf(app: MapApp, layerId: string): Promise<number> {
  const entries = ((await mapData(app, 'data-rendered-features')) ?? '').split(' ');
  const entry = entries.find((text) => text.startsWith(`${layerId}:`)) ?? '';
  return Number(entry.slice(layerId.length + 1));
}

/** How many squares of `squaresText` lie in the map's box under `camera`: wholly, and in part. */
async function squaresInView(
  app: MapApp,
  camera: Camera,
): Promise<{ whole: number; part: number }> {
  const box = (await app.page.getByTestId('map').boundingBox())!;
  let whole = 0;
  let part = 0;
  for (let i = 0; i < COUNT; i++) {
    const x = 105.3 + (i % 400) * 0.002;
    const y = 21.0 + Math.floor(i / 400) * 0.0015;
    const sw = screenPointOf(box, camera, x, y);
    const ne = screenPointOf(box, camera, x + 0.001, y + 0.001);
    const inX = (p: number) => p >= box.x && p <= box.x + box.width;
    const inY = (p: number) => p >= box.y && p <= box.y + box.height;
    if (inX(sw.x) && inX(ne.x) && inY(sw.y) && inY(ne.y)) whole++;
    // Within 2 px of the edge counts: MapLibre's query reaches a little past a polygon's edge.
    const overlaps =
      ne.x >= box.x - 2 &&
      sw.x <= box.x + box.width + 2 &&
      sw.y >= box.y - 2 &&
      ne.y <= box.y + box.height + 2;
    if (overlaps) part++;
  }
  return { whole, part };
}

describe('a large imported layer further out than the planning zoom', () => {
  it('is drawn as an overview, and the layer says how many of its features show', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    const layerId = await importSquares(app);

    const [, shown, total] = /:(\d+)\/(\d+)$/.exec((await mapData(app, 'data-overview')) ?? '')!;
    expect(Number(total)).toBe(COUNT);
    expect(Number(shown)).toBeGreaterThan(0);
    expect(Number(shown)).toBeLessThan(COUNT * 0.7);
    // What MapLibre really draws in view (the squares all lie in it): the overview, not all.
    const drawn = await drawnOf(app, layerId);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(Number(shown));
    await app.openLayerActions(layerId);
    const row = app.page.locator('.layer-row', { hasText: 'parcels' });
    expect(await row.getByTestId('overview-note').textContent()).toBe(
      `Showing ${Number(shown).toLocaleString('en-GB')} of 3,000 features at this zoom (where they are denser than the screen’s pixels, only some are drawn) — zoom in to 11 for all.`,
    );
  }, 240_000);
});

describe('a large imported layer at the planning zoom', () => {
  it('draws every feature in view, and a click on one still inspects it', async () => {
    const camera = { zoom: 11, lon: 105.45, lat: 21.006 };
    const app = await browser.open(camera);
    await app.switchLanguage('English');
    const layerId = await importSquares(app);

    expect(await mapData(app, 'data-overview')).toBe('');
    const drawn = await drawnOf(app, layerId);
    const inView = await squaresInView(app, camera);
    expect(inView.whole).toBeGreaterThan(300);
    expect(drawn).toBeGreaterThanOrEqual(inView.whole);
    // MapLibre's query of the whole view can reach a column (8 squares) past the edge we reckon.
    expect(drawn).toBeLessThanOrEqual(inView.part + 8);
    const row = app.page.locator('.layer-row', { hasText: 'parcels' });
    await app.openLayerActions(layerId);
    expect(await row.getByTestId('overview-note').count()).toBe(0);

    // Square 2,075 (column 75, row 5): its centre, in the middle of the view, picks that very
    // square (not the one whose label, drawn over it, reaches that far).
    await app.clickAt(105.3 + 75 * 0.002 + 0.0005, 21.0 + 5 * 0.0015 + 0.0005);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Ô 2075');
  }, 240_000);
});
