import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { generateZones } from '../../bench/analysis/generate.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const metres = (text: string) => {
  // "12,345 km" (en) or "12.345 m"; the tests use English number format.
  const match = /([\d,.]+)\s*(km|m)\b/.exec(text);
  if (!match) throw new Error(`no length in "${text}"`);
  const value = Number(match[1]!.replaceAll(',', ''));
  return match[2] === 'km' ? value * 1000 : value;
};

describe('analysis', () => {
  it('measures a geodesic distance from points clicked on the map', async () => {
    app = await browser.open({ zoom: 11, lon: 105.65, lat: 21.25 });
    await app.switchLanguage('English');
    await app.openAnalysis();
    const a: [number, number] = [105.6, 21.22];
    const b: [number, number] = [105.7, 21.28];
    await app.measureLine(a, b);
    const total = await app.page.getByTestId('measure-total').textContent();
    // The reference: GeographicLib's inverse between the two points we meant to click. Clicks
    // land on whole pixels (~38 m at zoom 11), so allow 0.5 %.
    const expected = geographiclib.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12!;
    expect(Math.abs(metres(total ?? '') - expected) / expected).toBeLessThan(0.005);
    await app.waitUntilRendered('measure');
  });

  it('measures an area and finishes on a double-click, which does not zoom the map', async () => {
    app = await browser.open({ zoom: 11, lon: 105.65, lat: 21.25 });
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.page.getByLabel('Measure mode').selectOption('area');
    await app.page.getByRole('button', { name: 'Start measuring' }).click();
    await app.clickAt(105.6, 21.22);
    await app.clickAt(105.7, 21.22);
    const last = await app.pixelOf(105.7, 21.28);
    await app.page.mouse.dblclick(last.x, last.y);
    await app.page.getByRole('button', { name: 'Start measuring' }).waitFor();
    // A double-click zoom would have started by now; once the map is still, the camera is final.
    await app.waitForIdle();
    expect((await app.cameraFromUrl())[0]).toBe(11);
    // Three legs: the two clicked and the closing one (the double-click's two clicks are one point).
    expect(
      await app.page.getByTestId('measure-result').locator('dt', { hasText: 'Segment' }).count(),
    ).toBe(3);
    expect(await app.page.getByTestId('measure-area').textContent()).toMatch(/ha$/);
  });

  it('runs a preset in one click, draws it, zooms to a row and exports the same rows as CSV', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.runPreset('Security-cluster coverage of industrial zones');
    const rows = await app.resultRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[2]).toMatch(/ha$/);
    await app.waitUntilRendered('analysis');

    const before = await app.cameraFromUrl();
    await app.page.getByTestId('results-table').locator('tbody tr').first().click();
    await expect
      .poll(async () => (await app.cameraFromUrl())[0], { timeout: 10_000 })
      .toBeGreaterThan(before[0]);

    const csv = await app.download('Export CSV');
    expect(csv.fileName).toBe('giapranh-check.csv');
    const lines = csv.text.trim().split('\n');
    // A UTF-8 BOM first, so Excel shows Vietnamese names (trim() above takes it off the text).
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe(
      'a_id,b_id,overlap_m2,share_of_a,share_of_b,a_name,a_name_en,b_name,b_name_en',
    );
    expect(lines.length - 1).toBe(rows.length);
  });

  it('sorts the results by distance', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.runPreset('Distance from each industrial zone to Ring Road 5');
    await app.page.getByRole('button', { name: 'Distance', exact: true }).click();
    const distances = (await app.resultRows()).map((row) => metres(row[2]!));
    expect(distances.length).toBeGreaterThan(1);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    await app.page.getByRole('button', { name: 'Distance ▲', exact: true }).click();
    const descending = (await app.resultRows()).map((row) => metres(row[2]!));
    expect(descending).toEqual([...distances].reverse());
  });

  it('lists the features an overlap left out, and why', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.page.getByLabel('Kind', { exact: true }).selectOption('overlap');
    await app.page.getByLabel('Layer A', { exact: true }).selectOption('industrial-zones');
    await app.page.getByLabel('Layer B', { exact: true }).selectOption('ring-road-5');
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    const leftOut = app.page.getByTestId('results-left-out');
    await leftOut.waitFor();
    // Ring Road 5 is lines: none of it can share area, and the list says so instead of silence.
    expect(await leftOut.locator('summary').textContent()).toMatch(/^\d+ features left out$/);
    const items = leftOut.locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().getAttribute('data-reason')).toBe('not-applicable');
    expect(await items.first().textContent()).toContain(
      'not a polygon: overlap takes polygons only',
    );
  });

  it('draws a corridor around the feature selected on the map', async () => {
    const [lon, lat] = [105.65512, 21.28036]; // inside the Bình Xuyên industrial park footprint
    app = await browser.open({ zoom: 13, lon, lat });
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.clickAt(lon, lat);
    await app.page.getByLabel('Kind', { exact: true }).selectOption('corridor');
    await app.page.getByLabel('Of layer', { exact: true }).selectOption('selected-feature');
    await app.page.getByLabel('Distance (m)', { exact: true }).fill('250');
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    await app.page.getByTestId('results-count').waitFor();
    const rows = await app.resultRows();
    expect(rows).toHaveLength(1);
    // The English UI names the feature in English (it once showed the Vietnamese name).
    expect(rows[0]?.[0]).toBe('Bình Xuyên Industrial Park');
  });

  it('saves a check with the workspace and runs it again after a reload', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.page.getByLabel('Kind', { exact: true }).selectOption('corridor');
    await app.page.getByLabel('Of layer', { exact: true }).selectOption('ring-road-5');
    await app.page.getByLabel('Distance (m)', { exact: true }).fill('1000');
    await app.page.getByLabel('Check name').fill('RR5 1 km corridor');
    await app.page.getByRole('button', { name: 'Save' }).click();
    await app.page.reload();
    await app.waitForIdle();
    await app.openAnalysis();
    await app.runPreset('RR5 1 km corridor');
    const rows = await app.resultRows();
    expect(rows.length).toBe(3);
    for (const row of rows) expect(row[1]).toBe('1 km');
  });

  it('shows progress on a long check and stops it on Cancel, leaving the map responsive', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    // 20,000 generated zones (the benchmark's, fixed seed): long enough to cancel mid-way.
    const zones = JSON.stringify(generateZones(20_000, 1));
    await app.importInto('green-corridors', 'zones.geojson', zones);
    await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    // Hidden on the map: SwiftShader draws 20,000 polygons on the CPU, slowly, every frame.
    await app.setLayerVisible('Green belt and green corridors', false);
    await app.openAnalysis();
    await app.page.getByLabel('From layer', { exact: true }).selectOption('green-corridors');
    await app.page.getByLabel('To layer', { exact: true }).selectOption('ring-road-5');
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    const progress = app.page.getByRole('progressbar', { name: 'Analysing…' });
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    // The page answers while the worker computes: the tab switch is handled at once.
    await app.page.getByRole('tab', { name: 'Layers' }).click();
    await app.page.getByRole('tab', { name: 'Analysis' }).click();
    await app.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await app.page.getByText('Cancelled.').waitFor({ timeout: 10_000 });
    expect(await app.page.getByTestId('results-count').count()).toBe(0);
  });
});
