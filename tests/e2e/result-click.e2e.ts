import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { type ResultTable, resultTable } from '../../src/core/checks/result-table.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { specLayerIds } from '../../src/core/checks/worker-protocol.ts';
import { type MapApp, screenPointOf } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(new URL(`../../data/geojson/${id}.geojson`, import.meta.url), 'utf8'));

/** The preset's table as the app builds it, computed here in Node on the same bundled files. */
async function presetTable(id: string): Promise<ResultTable> {
  const preset = PRESET_CHECKS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const layers = Object.fromEntries(specLayerIds(preset.spec).map((l) => [l, bundled(l)]));
  return resultTable(await runCheck(preset.spec, layers), 'en');
}

/**
 * Runs a preset in English with the results drawer at its lowest (most rows out of view), the
 * whole result in view (so the map does not move) and the 2019 notice folded away.
 */
async function runInLowDrawer(name: string): Promise<void> {
  app = await browser.open(
    { zoom: 8.9, lon: 105.585, lat: 21.2 },
    { size: { width: 1400, height: 900 } },
  );
  await app.switchLanguage('English');
  await app.page.getByRole('button', { name: 'Hide', exact: true }).click();
  await app.openAnalysis();
  await app.runPreset(name);
  const handle = app.page.getByRole('separator', { name: 'Drag to resize the results' });
  await handle.focus();
  await app.page.keyboard.press('Home');
  await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('140');
  // The map follows its taller box a frame or more later: until then, pixels are off.
  await app.page.waitForFunction(() => {
    const box = document.querySelector('[data-testid="map"]');
    const canvas = box?.querySelector('canvas');
    return !!box && !!canvas && Math.abs(canvas.clientHeight - box.clientHeight) < 1;
  });
  await app.waitForIdle();
  await app.waitUntilRendered('analysis');
}

/** Clicks a lon/lat on the map under the camera it now has (the result moved it). */
async function clickOnMap([lon, lat]: number[]): Promise<void> {
  const [zoom, cameraLat, cameraLon] = await app.cameraFromUrl();
  const box = await app.page.getByTestId('map').boundingBox();
  if (!box || lon === undefined || lat === undefined) throw new Error('nothing to click');
  const { x, y } = screenPointOf(box, { zoom, lat: cameraLat, lon: cameraLon }, lon, lat);
  await app.page.mouse.click(x, y);
}

/** The row is chosen (as if clicked in the table) and lies inside the drawer's scrolled view. */
async function expectChosenInView(rowKey: string): Promise<void> {
  const row = app.page.getByTestId('results-table').locator(`tr[data-row-key="${rowKey}"]`);
  await expect.poll(() => row.getAttribute('aria-current'), { timeout: 20_000 }).toBe('true');
  expect(
    await app.page.getByTestId('results-table').locator('tr[aria-current="true"]').count(),
  ).toBe(1);
  await expect
    .poll(async () => {
      const [rowBox, viewBox] = await Promise.all([
        row.boundingBox(),
        app.page.locator('.results-scroll').boundingBox(),
      ]);
      if (!rowBox || !viewBox) return false;
      return (
        rowBox.y >= viewBox.y - 1 && rowBox.y + rowBox.height <= viewBox.y + viewBox.height + 1
      );
    })
    .toBe(true);
  await app.waitUntilRendered('highlight');
}

describe('a result clicked on the map', () => {
  it('chooses its row in the results drawer: a closest-point line', async () => {
    const table = await presetTable('preset-zones-nearest-rr5');
    // The last row: out of view in the lowest drawer until the click brings it in.
    const last = table.rows.at(-1);
    if (last?.geometry?.type !== 'LineString') throw new Error('the last row has no line');
    const [from, to] = last.geometry.coordinates as [number[], number[]];
    await runInLowDrawer('Distance from each industrial zone to Ring Road 5');
    const lastRow = app.page.getByTestId('results-table').locator('tbody tr').last();
    expect(await lastRow.getAttribute('data-row-key')).toBe(last.key);

    await clickOnMap([((from[0] ?? 0) + (to[0] ?? 0)) / 2, ((from[1] ?? 0) + (to[1] ?? 0)) / 2]);
    await expectChosenInView(last.key);
  });

  it('chooses its row in the results drawer: a corridor', async () => {
    const table = await presetTable('preset-rr5-corridor-500m');
    const road = bundled('ring-road-5').features.find((f) => f.id === 'rr5-vinh-thinh-bridge');
    if (road?.geometry.type !== 'LineString') throw new Error('no bridge section');
    const row = table.rows.find((r) => r.key === 'rr5-vinh-thinh-bridge');
    if (!row) throw new Error('no row for the bridge section');
    await runInLowDrawer('Ring Road 5 planning corridor, 500 m');

    // The middle vertex of the section: inside its corridor, away from its neighbours'.
    await clickOnMap(road.geometry.coordinates[1] ?? []);
    await expectChosenInView(row.key);
  });
});
