import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { EditorDriver } from './support/editorDriver.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };

const wells = (prefix: string, count: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature',
      properties: { name: `Giếng ${prefix} ${i + 1}` },
      geometry: { type: 'Point', coordinates: [105.6 + i * 0.01, 21.25] },
    })),
  });

/** The id of the planner's layer named `title` in the layer panel. */
async function layerIdOf(app: MapApp, title: string): Promise<string> {
  const row = app.page.locator('.layer-row', { hasText: title });
  return (await row.getAttribute('data-layer-id')) ?? '';
}

describe('choosing the layer of an import before it lands', () => {
  it('lands a dropped file in an existing own layer chosen first, in one undoable step', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    // A first file makes the planner's own layer of points "wells".
    await app.dropFiles([{ name: 'wells.geojson', text: wells('A', 2) }]);
    expect(await app.confirmImport()).toContain('Imported 2 features into the new layer “wells”');
    const own = await layerIdOf(app, 'wells');
    expect(await app.featureCount(own)).toBe('2');

    await app.dropFiles([{ name: 'more wells.geojson', text: wells('B', 3) }]);
    await app.page.getByTestId('import-confirm-button').waitFor(SLOW);
    // Nothing has landed yet; the choice offers a new layer first, the layers of points, and
    // the others disabled with their reason.
    expect(await app.featureCount(own)).toBe('2');
    const select = app.page.getByTestId('import-target');
    expect(await select.locator('option').first().textContent()).toBe('New layer «more wells»');
    expect(await select.locator(`option[value="${own}"]`).isDisabled()).toBe(false);
    const dykes = select.locator('option[value="dykes"]');
    expect(await dykes.isDisabled()).toBe(true);
    expect(await dykes.textContent()).toContain('holds lines; the file has points');
    expect(await select.locator('option[value="boundaries"]').textContent()).toContain('read-only');
    expect(await seriousViolations(app.page)).toEqual([]);

    const summary = await app.confirmImport(own);
    expect(summary).toContain('Imported 3 features into “wells”');
    expect(await app.featureCount(own)).toBe('5');
    expect(await app.page.locator('.layer-row', { hasText: 'more wells' }).count()).toBe(0);

    // One step of history: one undo takes all three away, the first file's two stay.
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount(own), SLOW).toBe('2');
    await editor.tool('Redo').click();
    await expect.poll(() => app.featureCount(own), SLOW).toBe('5');
  });

  it('lands nothing when the planner declines', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    const before = await app.page.locator('.layer-row').count();
    await app.dropFiles([{ name: 'wells.geojson', text: wells('A', 2) }]);
    await app.page.getByTestId('import-discard').click(SLOW);
    expect(await app.importReportText()).toContain('This file was not imported');
    expect(await app.page.locator('.layer-row').count()).toBe(before);
  });

  it('reports several files dropped at once together, one line per earlier file', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.dropFiles([
      { name: 'north.geojson', text: wells('N', 2) },
      { name: 'broken.geojson', text: '{"type": "FeatureCollection",\n "features": [}' },
      { name: 'south.geojson', text: wells('S', 1) },
      { name: 'east.geojson', text: wells('E', 1) },
    ]);
    // North into a new layer (the default); the report waits for the files after it.
    await app.page.getByTestId('import-confirm-button').click(SLOW);
    // The broken file is refused on its own; south waits for its layer, with the lines so far.
    const lines = app.page.getByTestId('import-earlier').locator('li');
    await expect
      .poll(() => lines.allTextContents(), SLOW)
      .toEqual([
        'north.geojson: imported 2 into “north”',
        expect.stringMatching(/^broken\.geojson: not imported — ./),
      ]);
    const north = await layerIdOf(app, 'north');
    expect(await app.featureCount(north)).toBe('2');
    // South into north; east, the last, is declined: the report keeps every line.
    await app.page.getByTestId('import-target').selectOption(north);
    await app.page.getByTestId('import-confirm-button').click();
    await expect.poll(() => lines.count(), SLOW).toBe(3);
    await app.page.getByTestId('import-discard').click(SLOW);
    await app.page.getByTestId('import-cancelled').waitFor(SLOW);
    expect(await app.importReportText()).toContain('This file was not imported');
    expect(await lines.allTextContents()).toEqual([
      'north.geojson: imported 2 into “north”',
      expect.stringMatching(/^broken\.geojson: not imported — ./),
      'south.geojson: imported 1 into “north”',
    ]);
    expect(await app.featureCount(north)).toBe('3');
  });
});
