import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

// A quiet corner south-west of Mê Linh, with no industrial zone under it (zoom 14: ~6 m a pixel).
const CAMERA = { zoom: 14, lon: 105.66, lat: 21.205 };
const SQUARE: [number, number][] = [
  [105.655, 21.2025],
  [105.665, 21.2025],
  [105.665, 21.2075],
  [105.655, 21.2075],
];
const ZONE = {
  name: 'KCN thử nghiệm',
  name_en: 'Test zone',
  source: 'browser test',
  accuracy: 'schematic',
  accuracy_m: '50',
};

describe('editing features on the map', () => {
  it('draws a polygon into a layer: the form opens, and the layer count goes up', async () => {
    const app = await browser.open(CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(SQUARE);
    await editor.fillForm(ZONE);
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
    await app.clickAt(105.66, 21.205);
  });
});

describe('history and the workspace', () => {
  it('undoes and redoes a drawn polygon, by button and by Ctrl+Z / Ctrl+Y', async () => {
    const app = await browser.open(CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(SQUARE);
    await editor.fillForm(ZONE);
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
    await editor.tool('Undo').click(); // the properties
    await editor.tool('Undo').click(); // the shape
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before));
    await editor.tool('Redo').click();
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before));
    await app.page.keyboard.press('Control+y');
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
  });

  it('keeps a drawn feature across a reload, and a second tab opens read-only and says why', async () => {
    const app = await browser.open(CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(SQUARE);
    await editor.fillForm(ZONE);
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
    await editor.waitUntilSaved();

    await app.page.reload();
    await app.waitForIdle();
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
    await app.clickAt(105.66, 21.205);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe(ZONE.name_en);

    const second = await app.page.context().newPage();
    await second.goto(app.page.url());
    await expect
      .poll(() => second.getByTestId('workspace-notice').getAttribute('data-kind'), {
        timeout: 30_000,
      })
      .toBe('following');
    await expect
      .poll(() => second.locator('[data-layer-id="industrial-zones"] .layer-count').textContent())
      .toBe(String(before + 1));
  });
});

/** Opens the editor over the test corner and draws the test zone, form filled and saved. */
async function drawTestZone() {
  const app = await browser.open(CAMERA);
  const editor = new EditorDriver(app);
  await editor.open();
  const before = Number(await app.featureCount('industrial-zones'));
  await editor.chooseLayer('Industrial zones');
  await editor.drawPolygon(SQUARE);
  await editor.fillForm(ZONE);
  await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
  return { app, editor, before };
}

describe('reshaping and checking', () => {
  it('drags a vertex, and the inspector shows the new area', async () => {
    const { app, editor } = await drawTestZone();
    const area = app.page.getByTestId('area');
    await expect.poll(() => area.textContent()).toMatch(/ha/);
    const before = await area.textContent();
    await editor.drag([105.665, 21.2075], [105.668, 21.2095]);
    await expect.poll(() => area.textContent()).not.toBe(before);
  });

  it('lists a self-intersecting polygon in the problems list, and zooms to it on a click', async () => {
    const { app, editor } = await drawTestZone();
    const problems = app.page.getByTestId('problems');
    expect(await problems.locator('[data-code="ring-self-intersection"]').count()).toBe(0);
    // The north-east corner dragged below the south edge: the ring crosses itself.
    await editor.drag([105.665, 21.2075], [105.66, 21.199]);
    const problem = problems.locator('[data-code="ring-self-intersection"] button');
    await problem.waitFor({ timeout: 10_000 });
    await problem.click();
    await expect.poll(async () => (await app.cameraFromUrl())[0]).toBeGreaterThanOrEqual(16);
  });

  it('reverts a drawn feature from the Changes view, as an undoable step', async () => {
    const { app, editor, before } = await drawTestZone();
    await editor.tool('Changes').click();
    const changes = app.page.getByTestId('changes-view');
    await changes.getByRole('button', { name: `Revert: ${ZONE.name_en}` }).click();
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before));
    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount('industrial-zones')).toBe(String(before + 1));
  });
});
