import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 30_000 };

/** Points with no id and no properties: a warning per missing provenance field. */
const BARE_POINTS = JSON.stringify({
  type: 'FeatureCollection',
  features: [0, 1].map((i) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [105.7 + i * 0.01, 21.2] },
  })),
});

describe('what the planner’s walkthrough found', () => {
  it('fits the import card: its layer list inside it, tall enough to read, warnings in Vietnamese', async () => {
    // A short window, as with the results drawer open: the map area is about 500 px high.
    const app = await browser.open(undefined, { size: { width: 1280, height: 560 } });
    await app.dropFiles([{ name: 'điểm trần.geojson', text: BARE_POINTS }]);
    await app.page.getByTestId('import-confirm-button').waitFor(SLOW);
    const card = app.page.getByTestId('import-report');
    const [cardBox, selectBox, mapBox] = await Promise.all([
      card.boundingBox(),
      app.page.getByTestId('import-target').boundingBox(),
      app.page.locator('#map-area').boundingBox(),
    ]);
    // The list of layers (each disabled one with its reason) ends inside the card.
    expect(selectBox!.x + selectBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
    // The card takes the height it needs, up to most of the map area, and scrolls beyond.
    const { scrollHeight, clientHeight } = await card.evaluate((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    expect(Math.min(scrollHeight, 0.6 * mapBox!.height)).toBeLessThanOrEqual(clientHeight);
    // The warnings name the layer by its title and the property by its label, in Vietnamese.
    const text = await app.importReportText();
    expect(text).toContain('lớp "Lớp mới" bắt buộc có thuộc tính "Nguồn" (source)');
    expect(text).not.toContain('new-layer');
  });

  it('keeps the figure preview inside the figure dialog', async () => {
    const app = await browser.open(undefined, { size: { width: 1400, height: 900 } });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Xuất hình' });
    const preview = dialog.locator('.figure-preview');
    await preview.waitFor(SLOW);
    const [dialogBox, previewBox] = await Promise.all([
      dialog.boundingBox(),
      preview.boundingBox(),
    ]);
    expect(previewBox!.x).toBeGreaterThanOrEqual(dialogBox!.x);
    expect(previewBox!.x + previewBox!.width).toBeLessThanOrEqual(dialogBox!.x + dialogBox!.width);
    // The vector-paths checkbox sits beside its words, not on a line of its own above them.
    const vector = dialog.locator('.figure-vector');
    const [boxOfCheck, boxOfWords] = await Promise.all([
      vector.locator('input').boundingBox(),
      vector.locator('span').boundingBox(),
    ]);
    expect(boxOfCheck!.x + boxOfCheck!.width).toBeLessThanOrEqual(boxOfWords!.x);
  });

  it('draws into a plan layer by default and says how to draw only while drawing', async () => {
    const app = await browser.open();
    const editor = new EditorDriver(app);
    await editor.open();
    const drawInto = app.page.getByLabel('Draw into layer');
    const chosen = await drawInto.evaluate(
      (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '',
    );
    expect(chosen).not.toBe('');
    expect(chosen).not.toBe('Context');
    const hint = app.page.getByTestId('editor-hint');
    expect(await hint.count()).toBe(0);
    expect(await app.page.getByText('Click on the map to place vertices').count()).toBe(0);

    await editor.tool('Draw polygon').click();
    await expect
      .poll(() => hint.textContent(), SLOW)
      .toBe('Click on the map to place vertices; click the first vertex to close, Esc to cancel.');
    await app.page.keyboard.press('Escape');
    await editor.tool('Select').click();
    await expect.poll(() => hint.textContent(), SLOW).toContain('Click a feature');
  });

  it('lists an unnamed feature’s problems by words, not by its key or its layer’s id', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(EDIT_SQUARE);
    const problems = app.page.getByTestId('problems');
    await expect
      .poll(() => problems.textContent(), SLOW)
      .toContain(
        'Unnamed feature: the layer "Industrial zones" requires the property "English name" (name_en)',
      );
    expect(await problems.textContent()).not.toContain('industrial-zones');
  });
});
