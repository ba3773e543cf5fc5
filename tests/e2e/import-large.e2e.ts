import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { dropMadeInPage } from './support/dropFile.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/**
 * Drops a generated GeoJSON of `count` small squares (~240 bytes each: 100,000 make ~24 MB)
 * onto the map. The text is made in the page, so tens of MB do not cross the test's pipe.
 */
async function dropLargeFile(page: MapApp['page'], count: number): Promise<void> {
  await dropMadeInPage(page, 'large.geojson', squaresText, count, true, { idPrefix: 'big' });
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
