import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { seriousViolations } from './support/axe.ts';
import { dropMadeInPage } from './support/dropFile.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };

/** Every layer row's id and count, as the panel lists them. */
async function layerCounts(app: MapApp): Promise<string[]> {
  await expect
    .poll(async () => app.page.locator('.layer-row .layer-count').allTextContents(), SLOW)
    .not.toContain('…');
  return app.page
    .locator('.layer-row')
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${row.getAttribute('data-layer-id')}=${row.querySelector('.layer-count')?.textContent}`,
      ),
    );
}

/**
 * Drops a GeoJSON of `count` squares whose rings are all left open (every feature's geometry
 * invalid). The text is made in the page, so megabytes do not cross the test's pipe.
 */
async function dropOpenSquares(app: MapApp, count: number): Promise<void> {
  await dropMadeInPage(app.page, 'open rings.geojson', squaresText, count, false, { named: false });
}

const wells = (prefix: string, count: number, properties: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature',
      properties: { name: `Trạm ${prefix} ${i + 1}`, ...properties },
      geometry: { type: 'Point', coordinates: [105.6 + i * 0.01, 21.25] },
    })),
  });

describe('the report of a refused file', () => {
  it('sums up 100,000 broken features by kind, with the first of each and the full report to download', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.waitForIdle();
    const before = await layerCounts(app);

    await dropOpenSquares(app, 100_000);
    const summary = app.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 180_000 });
    expect(await summary.textContent()).toContain('The file was not imported');
    // One kind of problem, its first 50 with where each is, and the count of the rest.
    const kinds = app.page.getByTestId('import-finding-kind');
    expect(await kinds.count()).toBe(1);
    expect(await kinds.locator('summary').textContent()).toMatch(/^\S+ · 100,000 found$/);
    const listed = kinds.locator('li');
    expect(await listed.count()).toBe(50);
    expect(await listed.first().textContent()).toMatch(
      /^line 1, column \d+ · features\[0\]\.geometry\.coordinates\[0\]/,
    );
    expect(await app.page.getByTestId('import-more-like-this').textContent()).toBe(
      'and 99,950 more like this',
    );
    expect(await seriousViolations(app.page)).toEqual([]);
    // The full report: every finding kept (10,000), each with its place, and the count of all.
    const csv = await app.download('CSV: Download the full report');
    expect(csv.fileName).toBe('open rings-import-report.csv');
    const rows = csv.text.trimEnd().split('\n');
    expect(rows).toHaveLength(10_001);
    expect(rows[10_000]).toMatch(/,features\[9999\]\.geometry\.coordinates\[0\],9999,sq-9999,/);
    const json = JSON.parse((await app.download('JSON: Download the full report')).text);
    expect(json.report.kinds[0].count).toBe(100_000);
    expect(json.report.notWritten).toBe(90_000);
    // Nothing landed.
    expect(await layerCounts(app)).toEqual(before);
  }, 240_000);
});

describe('choosing an existing layer for a dropped file', () => {
  it("shows what the layer's schema says of the file's properties before it lands", async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.waitForIdle();
    // The dykes layer takes lines, and its `bank` is "left" or "right": a dyke file written in
    // Vietnamese ("trái") fits the layer's geometry, not its values.
    const dykeLines = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 3 }, (_, i) => ({
        type: 'Feature',
        properties: { name: `Đê ${i + 1}`, bank: 'trái' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [105.6, 21.2 + i * 0.01],
            [105.62, 21.21],
          ],
        },
      })),
    });
    await app.dropFiles([{ name: 'dykes.geojson', text: dykeLines }]);
    await app.page.getByTestId('import-confirm-button').waitFor(SLOW);
    // For a new layer, `bank` is only a name it does not know.
    expect(await app.page.getByTestId('import-layer-fields').count()).toBe(0);
    expect(await app.importReportText()).not.toContain('left, right');
    await app.page.getByTestId('import-target').selectOption('dykes');
    const fields = app.page.getByTestId('import-layer-fields');
    await expect.poll(() => fields.textContent(), SLOW).toContain('Warnings about the fields of');
    const text = (await fields.textContent()) ?? '';
    expect(text).toContain('property-invalid · 3 found');
    expect(text).toMatch(/features\[0\]\.properties\.bank.*left, right/);
    expect(await seriousViolations(app.page)).toEqual([]);
    expect(await app.featureCount('dykes')).toBe('0');
    // Still the planner's choice: it lands with the warnings, as it would have before.
    await app.page.getByTestId('import-confirm-button').click();
    await app.page.getByTestId('import-summary').waitFor(SLOW);
    expect(await app.featureCount('dykes')).toBe('3');
  });
});

describe('several files, one of them closed while choosing its layer', () => {
  it('lists the closed one as declined, and the layers keep what they had', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.waitForIdle();
    const before = await layerCounts(app);
    await app.dropFiles([
      { name: 'first.geojson', text: wells('A', 2) },
      { name: 'second.geojson', text: wells('B', 1) },
    ]);
    await app.page.getByTestId('import-confirm-button').waitFor(SLOW);
    // The first file's report is closed (×) while it waits for its layer.
    await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(() => app.page.getByTestId('import-earlier').locator('li').allTextContents(), SLOW)
      .toEqual(['first.geojson: not imported — you chose not to import it']);
    // The second is cancelled while it waits: declined too, its line above kept.
    await app.page.getByTestId('import-discard').click();
    await app.page.getByTestId('import-cancelled').waitFor(SLOW);
    expect(await app.importReportText()).toContain('This file was not imported');
    expect(await app.page.getByTestId('import-earlier').locator('li').allTextContents()).toEqual([
      'first.geojson: not imported — you chose not to import it',
    ]);
    expect(await layerCounts(app)).toEqual(before);
  });
});

describe('an empty layer', () => {
  it('has its own "Import file…" under its hint, which imports into it', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.waitForIdle();
    const row = app.page.locator('[data-layer-id="dykes"]');
    const hint = row.locator('.layer-empty');
    expect(await hint.textContent()).toContain('to fill this layer:');
    expect(await seriousViolations(app.page)).toEqual([]);
    const button = hint.getByRole('button', { name: 'Import file… Red River dykes' });
    expect(await button.isVisible()).toBe(true);
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), button.click()]);
    const dyke = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { bank: 'left' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [105.6, 21.2],
              [105.62, 21.21],
            ],
          },
        },
      ],
    });
    await chooser.setFiles({
      name: 'dyke.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(dyke),
    });
    const summary = app.page.getByTestId('import-summary');
    await summary.waitFor(SLOW);
    expect(await summary.textContent()).toContain('into “Red River dykes”');
    expect(await app.featureCount('dykes')).toBe('1');
  });
});
