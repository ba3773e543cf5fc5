import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyHintText } from '../../src/core/checks/empty-hint-text.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(new URL(`../../data/geojson/${id}.geojson`, import.meta.url), 'utf8'));

const results = () => app.page.getByRole('region', { name: /^Results:/ });
const table = () => app.page.getByTestId('results-table');
const row = (index: number) => table().locator('tbody tr').nth(index);

/** Waits until the camera in the link differs from `before` (the map moved there and stopped). */
async function cameraMovedFrom(before: [number, number, number]): Promise<void> {
  await expect
    .poll(async () => (await app.cameraFromUrl()).join('/') !== before.join('/'), {
      timeout: 20_000,
    })
    .toBe(true);
  await app.waitForIdle();
}

describe('the results panel', () => {
  it('says how far apart the nearest pair is when an overlap finds nothing', async () => {
    // The reference: the same check in Node, on the same bundled files.
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'context' }, b: { layerId: 'industrial-zones' } },
      { context: bundled('context'), 'industrial-zones': bundled('industrial-zones') },
    );
    if (outcome.hint?.kind !== 'nearest-pair') throw new Error('the layers overlap now');
    const expected = emptyHintText(outcome.hint, 'en', (id) => getLayer(id)?.title.en ?? id);
    expect(expected).toMatch(/^No overlap; nearest pair: .+ – .+, [\d.,]+ k?m apart\.$/);

    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.page.getByLabel('Kind', { exact: true }).selectOption('overlap');
    await app.page.getByLabel('Layer A', { exact: true }).selectOption('context');
    await app.page.getByLabel('Layer B', { exact: true }).selectOption('industrial-zones');
    await app.page.getByRole('button', { name: 'Run', exact: true }).click();
    await app.page.getByTestId('results-count').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('results-empty').textContent()).toBe(expected);
  });

  it('sits under the map as a wide landmark whose header stays while its rows scroll', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.runPreset('Distance from each industrial zone to Ring Road 5');
    const panel = results();
    await panel.getByRole('heading', { level: 2, name: /^Results:/ }).waitFor();
    expect(await panel.getAttribute('data-placement')).toBe('drawer');
    const [panelBox, mapBox, sidebarBox] = await Promise.all([
      panel.boundingBox(),
      app.page.getByTestId('map').boundingBox(),
      app.page.locator('#sidebar').boundingBox(),
    ]);
    if (!panelBox || !mapBox || !sidebarBox) throw new Error('not on screen');
    // Under the map, as wide as it, beside (not inside) the 330 px sidebar.
    expect(panelBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
    expect(panelBox.width).toBeGreaterThan(sidebarBox.width * 2);
    expect(panelBox.x).toBeGreaterThanOrEqual(sidebarBox.x + sidebarBox.width - 1);

    // At its lowest, the drawer scrolls its rows under a header that does not move.
    const handle = panel.getByRole('separator', { name: 'Drag to resize the results' });
    await handle.focus();
    await app.page.keyboard.press('Home');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('140');
    const header = table().locator('thead th').first();
    const headerY = (await header.boundingBox())?.y;
    const firstRowY = (await row(0).boundingBox())?.y ?? 0;
    await table().evaluate((element) => {
      (element.parentElement as HTMLElement).scrollTop = 10_000;
    });
    await expect.poll(async () => (await row(0).boundingBox())?.y ?? 0).toBeLessThan(firstRowY);
    expect((await header.boundingBox())?.y).toBe(headerY);
  });

  it('highlights the row chosen by click or by keyboard on the map, and flies to it', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.runPreset('Distance from each industrial zone to Ring Road 5');
    expect(await app.renderedLayers()).not.toContain('highlight');

    let before = await app.cameraFromUrl();
    await row(0).click();
    await cameraMovedFrom(before);
    await app.waitUntilRendered('highlight');
    expect(await row(0).getAttribute('aria-current')).toBe('true');
    expect((await app.cameraFromUrl())[0]).toBeGreaterThan(before[0]);

    // The arrow keys move the choice; the map follows.
    before = await app.cameraFromUrl();
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => row(1).getAttribute('aria-current')).toBe('true');
    expect(await row(0).getAttribute('aria-current')).toBeNull();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.tagName)).toBe('TR');
    await cameraMovedFrom(before);
    await app.waitUntilRendered('highlight');

    // "Fit to results" comes back out to the whole result.
    before = await app.cameraFromUrl();
    await results().getByRole('button', { name: 'Fit to results' }).click();
    await cameraMovedFrom(before);
    expect((await app.cameraFromUrl())[0]).toBeLessThan(before[0]);
  });

  it('fits the map to a new result that lies partly out of view', async () => {
    // Zoomed in far from the zones: the result is out of view when it arrives.
    app = await browser.open({ zoom: 14, lon: 105.45, lat: 21.45 });
    await app.switchLanguage('English');
    await app.openAnalysis();
    const before = await app.cameraFromUrl();
    await app.page
      .getByRole('button', { name: '▶ Distance from each industrial zone to Ring Road 5' })
      .click();
    await app.page.getByTestId('results-count').waitFor({ timeout: 60_000 });
    await cameraMovedFrom(before);
    await app.waitUntilRendered('analysis');
    expect((await app.cameraFromUrl())[0]).toBeLessThan(before[0]);
  });

  it('stays in the bottom sheet on a phone', async () => {
    app = await browser.open(undefined, { size: { width: 390, height: 844 } });
    await app.openAnalysis();
    await app.runPreset('Khoảng cách từ mỗi KCN tới Vành đai 5');
    const panel = app.page.getByRole('region', { name: /^Kết quả:/ });
    expect(await panel.getAttribute('data-placement')).toBe('inline');
    expect(await app.page.locator('#sidebar [data-testid="results"]').count()).toBe(1);
  });
});
