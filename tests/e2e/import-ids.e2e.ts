import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';
import { TableDriver } from './support/tableDriver.ts';

const browser = setUpMapApp();
let app: MapApp;

const station = (id: string, name: string, lon: number) => ({
  type: 'Feature',
  id,
  properties: { name, source: 'field survey', accuracy: 'surveyed', accuracy_m: 5 },
  geometry: { type: 'Point', coordinates: [lon, 21.25] },
});
const STATIONS = JSON.stringify({
  type: 'FeatureCollection',
  features: [station('st-1', 'Trạm Phúc Yên', 105.7), station('st-2', 'Trạm Mê Linh', 105.72)],
});

/** Imports a file into the stations layer through its own button; the summary once shown. */
async function importStations(name: string, bytes: Buffer): Promise<void> {
  const input = app.page.locator(
    '[data-layer-id="monitoring-stations"] [data-testid="import-input"]',
  );
  await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

const toggleTable = () =>
  app.page.getByRole('button', { name: 'Attribute table', exact: true }).click();

/** A KML of one station whose position error arrives as text, with a decimal comma. */
const KML = `<?xml version="1.0" encoding="utf-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Trạm KML</name>
<ExtendedData><Data name="accuracy_m"><value>7,5</value></Data></ExtendedData>
<Point><coordinates>105.7,21.25</coordinates></Point></Placemark></Document></kml>`;

/** Closes the report, clicks the KML's station and waits for the inspector to say `text`. */
async function inspectorSays(text: string): Promise<void> {
  await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
  await app.waitForIdle();
  await app.clickAt(105.7, 21.25);
  await expect.poll(() => app.inspectorTitle().textContent()).toBe('Trạm KML');
  expect(await app.page.getByTestId('inspector').textContent()).toContain(text);
}

const summary = () => app.page.getByTestId('import-summary').textContent();

describe('a layer exported, edited and imported back', () => {
  it('replaces the edited feature by the file’s, or lands copies beside it', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.importInto('monitoring-stations', 'stations.geojson', STATIONS);
    await app.openLayerActions('monitoring-stations');
    const layer = app.page.locator('[data-layer-id="monitoring-stations"]');
    await layer.getByTestId('export-format').selectOption('geojson');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      layer.getByTestId('export-layer').click(),
    ]);
    const exported = readFileSync(await download.path());

    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Environmental monitoring stations');
    const table = new TableDriver(app.page);
    await table.open();
    await table.editCell(0, 'Name', 'Edited by hand');
    await expect.poll(() => table.columnValues('Name', 2)).toContain('Edited by hand');
    // The table's drawer lies over the import report: closed, as a planner would.
    await toggleTable();

    await importStations('monitoring-stations.geojson', exported);
    await expect.poll(summary, { timeout: 30_000 }).toContain('not imported');
    await app.page.getByTestId('import-id-replace').click();
    await expect.poll(summary, { timeout: 30_000 }).toContain('Imported 2');
    expect(await app.featureCount('monitoring-stations')).toBe('2');
    await table.open();
    await expect
      .poll(async () => (await table.columnValues('Name', 2)).toSorted())
      .toEqual(['Trạm Mê Linh', 'Trạm Phúc Yên']);
    await toggleTable();
    expect(await app.page.getByTestId('import-replaced').textContent()).toBe(
      'Replaced 2, added 0.',
    );

    await importStations('monitoring-stations.geojson', exported);
    await expect.poll(summary, { timeout: 30_000 }).toContain('not imported');
    await app.page.getByTestId('import-id-copy').click();
    await expect.poll(summary, { timeout: 30_000 }).toContain('Imported 2');
    expect(await app.page.getByTestId('import-copied').textContent()).toBe(
      '2 copies with new ids.',
    );
    await expect.poll(() => app.featureCount('monitoring-stations')).toBe('4');
  });
});

describe('a KML whose numbers arrive as text', () => {
  it('lands accuracy_m as a number, says so, and the inspector shows the error distance', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    expect(await app.importInto('monitoring-stations', 'stations.kml', KML)).toContain(
      'Imported 1',
    );
    expect(await app.page.getByTestId('import-converted').textContent()).toContain('accuracy_m');
    await inspectorSays('error about 7.5 m');
  });

  it('dropped on the map and sent to a roads layer, lands its own number field too', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const road = `<?xml version="1.0" encoding="utf-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Đường KML</name>
<ExtendedData><Data name="width_m"><value>42,5</value></Data></ExtendedData>
<LineString><coordinates>105.7,21.2 105.72,21.21</coordinates></LineString></Placemark></Document></kml>`;
    await app.dropFiles([{ name: 'road.kml', text: road }]);
    expect(await app.confirmImport('me-linh-axis-roads')).toContain('Imported 1');
    await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    await app.openLayerActions('me-linh-axis-roads');
    const layer = app.page.locator('[data-layer-id="me-linh-axis-roads"]');
    await layer.getByTestId('export-format').selectOption('geojson');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      layer.getByTestId('export-layer').click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const landed = exported.features.find(
      (f: GeoJSON.Feature) => f.properties?.name === 'Đường KML',
    );
    expect(landed.properties.width_m).toBe(42.5);
  });
});

describe('a file whose id is a read-only layer’s', () => {
  it('offers copies only, saying why, and lands them beside the boundary', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const boundaries = await app.featureCount('boundaries');
    // `district-016` is Sóc Sơn in the 2019 boundaries, a layer no import may change.
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [station('district-016', 'Trạm Sóc Sơn', 105.7)],
    });
    expect(await app.importInto('monitoring-stations', 'stations.geojson', file)).toContain(
      'not imported',
    );
    const choice = app.page.getByTestId('import-id-choice');
    expect(await choice.getByTestId('import-id-read-only').textContent()).toContain(
      '1 of the features with these ids belong to a read-only layer',
    );
    expect(await choice.getByTestId('import-id-replace').count()).toBe(0);
    await choice.getByTestId('import-id-copy').click();
    await expect.poll(summary, { timeout: 30_000 }).toContain('Imported 1');
    expect(await app.featureCount('monitoring-stations')).toBe('1');
    expect(await app.featureCount('boundaries')).toBe(boundaries);
  });
});
