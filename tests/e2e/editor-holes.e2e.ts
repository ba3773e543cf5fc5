import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 15_000 };

// Inside EDIT_SQUARE, away from its edges.
const HOLE: [number, number][] = [
  [105.658, 21.204],
  [105.662, 21.204],
  [105.662, 21.206],
  [105.658, 21.206],
];

/** The inspector's area as a number of hectares. */
async function hectares(app: { page: import('playwright-core').Page }): Promise<number> {
  const text = (await app.page.getByTestId('area').textContent()) ?? '';
  return Number(text.replace(/[^\d.,]/g, '').replace(',', '.'));
}

describe('holes', () => {
  it('adds a hole drawn inside a zone, moves its vertex, and the inspector’s area follows', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm({
      Name: 'KCN có lỗ',
      'English name': 'Zone with a hole',
      Source: 'browser test',
      Accuracy: 'schematic',
      'Position error': '50',
    });
    await expect.poll(() => app.page.getByTestId('area').textContent(), SLOW).toMatch(/ha/);
    const whole = await hectares(app);

    await app.page.getByRole('button', { name: 'Add hole' }).click();
    for (const [lon, lat] of [...HOLE, HOLE[0]!]) {
      const { x, y } = await app.pixelOf(lon, lat);
      await app.page.mouse.move(x, y, { steps: 2 });
      await app.page.mouse.click(x, y);
    }
    const piece = app.page.getByLabel('Part being edited');
    await expect.poll(() => piece.inputValue(), SLOW).toBe('0:1');
    await expect.poll(() => hectares(app), SLOW).toBeLessThan(whole);
    const holed = await hectares(app);

    // The hole's north-east corner pulled further out: the zone loses more area.
    await editor.drag([105.662, 21.206], [105.6635, 21.207]);
    await expect.poll(() => hectares(app), SLOW).toBeLessThan(holed);
    expect(await app.page.getByTestId('problems').locator('[data-code]').count()).toBe(0);

    // The outline is still there to edit, and the hole can go again (one step each).
    await piece.selectOption({ label: 'Outline' });
    await app.page.getByLabel('Part being edited').selectOption({ label: 'Hole 1' });
    await app.page.getByRole('button', { name: 'Delete this hole or part' }).click();
    await expect.poll(() => hectares(app), SLOW).toBe(whole);
  });
});
