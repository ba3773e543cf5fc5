import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { dropMadeInPage } from './support/dropFile.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** The zoom from which the map draws each large layer's outlines, as it reports when idle. */
async function outlinesFrom(page: import('playwright-core').Page): Promise<string> {
  return (await page.getByTestId('map').getAttribute('data-outlines-from')) ?? '';
}

describe('a large imported layer', () => {
  it('is drawn by its fills further out than the planning zoom, and the layer says so', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.waitForIdle();
    // 5,000 squares 0.001° on a side: some 1.5 px across at the map's first zoom (9.6).
    await dropMadeInPage(app.page, 'parcels.geojson', squaresText, 5_000, true, { idPrefix: 'p' });
    await app.confirmImport();
    const row = app.page.locator('.layer-row', { hasText: 'parcels' });
    const layerId = (await row.getAttribute('data-layer-id'))!;
    await app.waitUntilRendered(layerId, 120_000);
    expect(await outlinesFrom(app.page)).toBe(`${layerId}:11`);
    await app.openLayerActions(layerId);
    expect(await row.getByTestId('outline-zoom-note').textContent()).toBe(
      'Outlines are drawn from zoom 11; further out each feature is shown by its fill alone (all are shown).',
    );

    // A small layer keeps its outlines at every zoom and has no such note.
    await dropMadeInPage(app.page, 'few.geojson', squaresText, 20, true, { idPrefix: 'f' });
    await app.confirmImport();
    const few = app.page.locator('.layer-row', { hasText: 'few' });
    const fewId = (await few.getAttribute('data-layer-id'))!;
    await app.waitUntilRendered(fewId, 60_000);
    expect(await outlinesFrom(app.page)).toBe(`${layerId}:11`);
    await app.openLayerActions(fewId);
    expect(await few.getByTestId('outline-zoom-note').count()).toBe(0);
  }, 240_000);
});
