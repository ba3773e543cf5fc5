import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const station = (id: string, lon: number, lat: number, name: string) => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const collection = (...features: object[]) =>
  JSON.stringify({ type: 'FeatureCollection', features }, null, 2);

describe('importing a file into a layer', () => {
  it('adds valid features to an empty layer, draws them, and lists what the layer still lacks', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    const summary = await app.importInto(
      'monitoring-stations',
      'stations.geojson',
      collection(
        station('st-1', 105.7, 21.25, 'Trạm Phúc Yên'),
        station('st-2', 105.6, 21.3, 'Trạm Vĩnh Yên'),
      ),
    );
    expect(summary).toContain('Imported 2 features into “Environmental monitoring stations”');
    expect(await app.featureCount('monitoring-stations')).toBe('2');
    expect(await app.importReportText()).toMatch(/features\[0\]\.properties.*name_en/);
    await app.waitUntilRendered('monitoring-stations');
  });

  it('rejects broken JSON with its line and column, keeping what the layer already had', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.importInto(
      'monitoring-stations',
      'good.geojson',
      collection(station('st-1', 105.7, 21.25, 'A')),
    );
    const broken = '{\n  "type": "FeatureCollection",\n  "features": [ { "type": "Feature", }\n]}';
    const summary = await app.importInto('monitoring-stations', 'broken.geojson', broken);
    expect(summary).toContain('not imported');
    expect(await app.importReportText()).toContain('line 3, column');
    expect(await app.featureCount('monitoring-stations')).toBe('1');
  });

  it('says when coordinates look swapped, and imports nothing', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.importInto(
      'monitoring-stations',
      'swapped.geojson',
      collection(station('st-9', 21.25, 105.7, 'Swapped')),
    );
    expect(await app.importReportText()).toMatch(/swap/i);
    expect(await app.importReportText()).toContain('features[0].geometry.coordinates');
    expect(await app.featureCount('monitoring-stations')).toBe('0');
  });

  it("words the findings in the UI's language (Vietnamese by default)", async () => {
    app = await browser.open();
    await app.importInto(
      'monitoring-stations',
      'swapped.geojson',
      collection(station('st-9', 21.25, 105.7, 'Swapped')),
    );
    expect(await app.importReportText()).toContain('kinh độ và vĩ độ có vẻ bị đảo');
    expect(await app.featureCount('monitoring-stations')).toBe('0');
  });

  it('refuses an id already on the map', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.importInto(
      'monitoring-stations',
      'clash.geojson',
      collection(station('iz-kim-hoa', 105.7, 21.25, 'Clash')),
    );
    expect(await app.importReportText()).toContain('already used');
    expect(await app.featureCount('monitoring-stations')).toBe('0');
  });

  it('shows markup in a property as text, never as HTML', async () => {
    const [lon, lat] = [105.62, 21.31];
    app = await browser.open({ zoom: 12, lon, lat });
    const markup = '<img src=x onerror="document.title=\'pwned\'"><b>Trạm</b>';
    await app.importInto(
      'monitoring-stations',
      'markup.geojson',
      collection(station('st-html', lon, lat, markup)),
    );
    await app.page.getByTestId('import-report').locator('button.close').click();
    await app.waitForIdle();
    await app.clickAt(lon, lat);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(markup);
    expect(await app.page.getByTestId('inspector').locator('img, b').count()).toBe(0);
    expect(await app.page.title()).not.toBe('pwned');
  });

  it('reads a VN-2000 file again in the system the planner picks, and lands it in place', async () => {
    const [lon, lat] = [105.5967, 21.31];
    app = await browser.open({ zoom: 13, lon, lat });
    await app.switchLanguage('English');
    // Vĩnh Yên centre in VN-2000 / TM-3 105° (EPSG:5897), as PROJ 9.1.1 converts WGS 84
    // [105.5967, 21.31] (shared/facts/geo-facts.md §7).
    const vn2000 = collection(station('st-vy', 561_708.6, 2_357_389.2, 'Trạm Vĩnh Yên'));
    const first = await app.importInto('monitoring-stations', 'vn2000.geojson', vn2000);
    expect(first).toContain('not imported');
    expect(await app.importReportText()).toContain('projected metres');
    await app.page.getByRole('button', { name: 'Import again in' }).click();
    await expect
      .poll(() => app.page.getByTestId('import-summary').textContent())
      .toContain('Imported 1 feature into');
    expect(await app.page.getByTestId('import-crs').textContent()).toContain('EPSG:5897');
    expect(await app.featureCount('monitoring-stations')).toBe('1');
    await app.waitUntilRendered('monitoring-stations');
    // Within a few pixels (~9 m each at zoom 13) of the WGS 84 point: without the datum shift
    // it would sit ~220 m away and the click would miss.
    await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    await app.clickAt(lon, lat);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Trạm Vĩnh Yên');
  });
});
