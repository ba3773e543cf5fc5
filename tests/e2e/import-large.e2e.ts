import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/**
 * Drops a generated GeoJSON of `count` small squares (~240 bytes each: 100,000 make ~24 MB)
 * onto the map. The text is made in the page, so tens of MB do not cross the test's pipe.
 */
async function dropLargeFile(page: MapApp['page'], count: number): Promise<void> {
  await page.evaluate((count) => {
    const parts: string[] = ['{"type":"FeatureCollection","features":['];
    for (let i = 0; i < count; i++) {
      const x = 105.3 + (i % 400) * 0.002;
      const y = 21.0 + Math.floor(i / 400) * 0.0015;
      const ring = [
        [x, y],
        [x + 0.001, y],
        [x + 0.001, y + 0.001],
        [x, y + 0.001],
        [x, y],
      ].map(([a, b]) => `[${a!.toFixed(6)},${b!.toFixed(6)}]`);
      parts.push(
        `${i ? ',' : ''}{"type":"Feature","id":"big-${i}","properties":{"name":"Ô ${i}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`,
      );
    }
    parts.push(']}');
    const transfer = new DataTransfer();
    transfer.items.add(new File(parts, 'large.geojson', { type: 'application/geo+json' }));
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, count);
}

/**
 * Starts keeping every text the import's progress line shows, in order. A phase can pass
 * between two polls of the test (the hand-over of 100,000 features takes well under a second
 * on a quiet machine), so the page records what it drew and the test reads the record after.
 */
async function recordProgress(page: MapApp['page']): Promise<void> {
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { __progressShown: string[] }).__progressShown = shown;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"] p')?.textContent;
      if (text && shown.at(-1) !== text) shown.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

async function progressShown(page: MapApp['page']): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __progressShown: string[] }).__progressShown);
}

/** Every layer row's id and count, as the panel lists them. */
async function layerCounts(page: MapApp['page']): Promise<string[]> {
  return page
    .locator('.layer-row')
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${row.getAttribute('data-layer-id')}=${row.querySelector('.layer-count')?.textContent}`,
      ),
    );
}

describe('a large file', () => {
  it('shows progress, can be cancelled with the layers untouched, then imports whole', async () => {
    app = await browser.open();
    await app.switchLanguage('English');
    await app.waitForIdle();
    await expect.poll(async () => (await layerCounts(app.page)).join(' ')).not.toContain('…');
    const before = await layerCounts(app.page);

    await dropLargeFile(app.page, 100_000);
    const percent = app.page.getByTestId('import-percent');
    await percent.waitFor({ timeout: 30_000 });
    expect(await percent.textContent()).toMatch(/^\d{1,3} %$/);
    await app.page.getByTestId('import-cancel').click();
    await app.page.getByTestId('import-cancelled').waitFor();
    expect(await app.importReportText()).toContain('the layers are exactly as they were');
    expect(await layerCounts(app.page)).toEqual(before);

    await recordProgress(app.page);
    await dropLargeFile(app.page, 100_000);
    await app.page.getByTestId('import-confirm-button').click({ timeout: 120_000 });
    const summary = app.page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 120_000 });
    // The progress moves through the hand-over of the features, drawn batch by batch to the end
    // (the page had a turn between batches), rather than standing still and jumping.
    const receiving = (await progressShown(app.page)).filter((text) =>
      /Receiving features: [\d,]+ \/ 100,000$/.test(text),
    );
    expect(receiving.length).toBeGreaterThanOrEqual(20);
    expect(receiving.at(-1)).toMatch(/Receiving features: 100,000 \/ 100,000$/);
    expect(await summary.textContent()).toContain(
      'Imported 100000 features into the new layer “large”',
    );
    const row = app.page.locator('.layer-row', { hasText: 'large' });
    expect(await row.locator('.layer-count').textContent()).toBe('100000');
    expect((await layerCounts(app.page)).length).toBe(before.length + 1);
    // The map draws it, from the text the import worker wrote for each spatial chunk.
    await app.waitUntilRendered((await row.getAttribute('data-layer-id'))!, 120_000);
  }, 300_000); // two reads of a 100,000-polygon file: longer than one test's usual 120 s on a busy machine
});
