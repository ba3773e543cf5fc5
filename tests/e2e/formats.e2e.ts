import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropOnMap } from './support/dropFile.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const KML = readFileSync(new URL('../fixtures/formats/places.kml', import.meta.url), 'utf8');

/** Drops a file from the desktop onto the map and returns the import's summary once shown. */
async function dropAndSummarise(
  page: MapApp['page'],
  fileName: string,
  text: string,
): Promise<string> {
  await dropOnMap(page, fileName, text);
  // Nothing lands before the planner confirms the layer (a new one, by default).
  await page.getByTestId('import-confirm-button').click({ timeout: 30_000 });
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 30_000 });
  return (await summary.textContent()) ?? '';
}

describe('files of every format', () => {
  it('a KML dropped on the map lands its placemarks in a new layer named after it', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const before = Number(await app.featureCount('context'));
    const stops = KML.replace(
      /<Placemark>(?:(?!<\/Placemark>)[\s\S])*<(LineString|Polygon)>[\s\S]*?<\/Placemark>/g,
      '',
    );
    const summary = await dropAndSummarise(app.page, 'stops.kml', stops);
    expect(summary).toContain('Imported 2 features into the new layer “stops”');
    const row = app.page.locator('.layer-row', { hasText: 'stops' });
    expect(await row.locator('.layer-count').textContent()).toBe('2');
    expect(Number(await app.featureCount('context'))).toBe(before);
    // Drawn on the map as a layer of its own.
    await app.waitUntilRendered((await row.getAttribute('data-layer-id')) ?? '');
  });

  it('a KML of points, a line and a polygon lands in one new layer per geometry type', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const summary = await dropAndSummarise(app.page, 'places.kml', KML);
    expect(summary).toContain('Imported 4 features into new layers (one per geometry type)');
    const count = (title: string) =>
      app.page.locator('.layer-row', { hasText: title }).locator('.layer-count').textContent();
    expect(await count('places (points)')).toBe('2');
    expect(await count('places (lines)')).toBe('1');
    expect(await count('places (polygons)')).toBe('1');
  });

  it('an unsupported format says so and offers no coordinate system', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const summary = await app.importInto('context', 'plan.dwg', 'AC1027');
    expect(summary).toContain('not imported');
    expect(await app.importReportText()).toContain('.dwg files are not supported');
    expect(await app.page.locator('.retry-crs').count()).toBe(0);
  });

  it('a layer exported as a VN-2000 Shapefile imports back in place', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const stations = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'st-1',
          properties: { name: 'Trạm Phúc Yên' },
          geometry: { type: 'Point', coordinates: [105.7, 21.25] },
        },
        {
          type: 'Feature',
          id: 'st-2',
          properties: { name: 'Trạm Vĩnh Yên' },
          geometry: { type: 'Point', coordinates: [105.6, 21.3] },
        },
      ],
    });
    await app.importInto('monitoring-stations', 'stations.geojson', stations);
    const layer = app.page.locator('[data-layer-id="monitoring-stations"]');
    await app.openLayerActions('monitoring-stations');
    await layer.getByTestId('export-format').selectOption('shapefile');
    await layer.getByTestId('export-crs').selectOption('EPSG:5897');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      layer.getByTestId('export-layer').click(),
    ]);
    expect(download.suggestedFilename()).toBe('monitoring-stations-epsg5897.zip');
    const zip = readFileSync(await download.path());

    app = await browser.open();
    await app.switchLanguage('English');
    const input = app.page.locator(
      '[data-layer-id="monitoring-stations"] [data-testid="import-input"]',
    );
    await input.setInputFiles({ name: 'stations.zip', mimeType: 'application/zip', buffer: zip });
    const summary = app.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain('Imported 2 features');
    expect(await app.page.getByTestId('import-crs').textContent()).toContain('EPSG:5897');
    expect(await app.featureCount('monitoring-stations')).toBe('2');
  });
});
