import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE, TEST_ZONE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

// Inside EDIT_SQUARE, away from its edges.
const HOLE: [number, number][] = [
  [105.658, 21.204],
  [105.662, 21.204],
  [105.662, 21.206],
  [105.658, 21.206],
];

describe('the part picker of a zone with a hole', () => {
  it('keeps its label apart from its list and its buttons apart from each other', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm(TEST_ZONE);
    await app.page.getByRole('button', { name: 'Add hole' }).click();
    for (const [lon, lat] of [...HOLE, HOLE[0] as [number, number]]) {
      const { x, y } = await app.pixelOf(lon, lat);
      await app.page.mouse.move(x, y, { steps: 2 });
      await app.page.mouse.click(x, y);
    }
    const list = app.page.getByLabel('Part being edited');
    await expect.poll(() => list.inputValue(), { timeout: 15_000 }).toBe('0:1');

    const boxes = await app.page.locator('.piece-picker').evaluate((picker) => {
      const box = (element: Element | null) => element?.getBoundingClientRect().toJSON();
      const buttons = [...picker.querySelectorAll(':scope > button')];
      return {
        label: box(picker.querySelector('label > span')),
        list: box(picker.querySelector('select')),
        buttons: buttons.map(box),
      };
    });
    // At least 4 px between the words and the list, and between side-by-side buttons.
    expect(boxes.list.left - boxes.label.right).toBeGreaterThanOrEqual(4);
    const [first, second] = boxes.buttons;
    expect(second.top >= first.bottom || second.left - first.right >= 4).toBe(true);
  });
});
