import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE, TEST_ZONE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
// The map, the worker and the geodesy chunk answer in their own time on a loaded machine.
const SLOW = { timeout: 15_000 };

describe('editing features on the map', () => {
  it('draws a polygon into a layer: the form opens, and the layer count goes up', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm(TEST_ZONE);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    await app.clickAt(105.66, 21.205);
  });
});

describe('history and the workspace', () => {
  it('undoes and redoes a drawn polygon, by button and by Ctrl+Z / Ctrl+Y', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm(TEST_ZONE);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    await editor.tool('Undo').click(); // the properties
    await editor.tool('Undo').click(); // the shape
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before));
    await editor.tool('Redo').click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before));
    await app.page.keyboard.press('Control+y');
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
  });

  it('keeps a drawn feature and its history across a reload; a second tab opens read-only and says why', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.drawPolygon(EDIT_SQUARE);
    await editor.fillForm(TEST_ZONE);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    await editor.waitUntilSaved();

    await app.page.reload();
    await app.waitForIdle();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    await app.clickAt(105.66, 21.205);
    await expect
      .poll(() => app.inspectorTitle().textContent(), SLOW)
      .toBe(TEST_ZONE['English name']);

    // The history came back too: both steps (shape, then properties) undo after the reload.
    await editor.open();
    await editor.tool('Undo').click();
    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before));
    await editor.tool('Redo').click();
    await editor.tool('Redo').click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));

    const second = await app.page.context().newPage();
    await second.goto(app.page.url());
    await expect
      .poll(() => second.getByTestId('workspace-notice').getAttribute('data-kind'), {
        timeout: 30_000,
      })
      .toBe('following');
    await expect
      .poll(
        () => second.locator('[data-layer-id="industrial-zones"] .layer-count').textContent(),
        SLOW,
      )
      .toBe(String(before + 1));
  });
});

/** Opens the editor over the test corner and draws the test zone, form filled and saved. */
async function drawTestZone() {
  const app = await browser.open(EDIT_CAMERA);
  const editor = new EditorDriver(app);
  await editor.open();
  const before = Number(await app.featureCount('industrial-zones'));
  await editor.chooseLayer('Industrial zones');
  await editor.drawPolygon(EDIT_SQUARE);
  await editor.fillForm(TEST_ZONE);
  await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
  return { app, editor, before };
}

describe('reshaping and checking', () => {
  it('drags a vertex, and the inspector shows the new area', async () => {
    const { app, editor } = await drawTestZone();
    const area = app.page.getByTestId('area');
    await expect.poll(() => area.textContent(), SLOW).toMatch(/ha/);
    const before = await area.textContent();
    await editor.drag([105.665, 21.2075], [105.668, 21.2095]);
    await expect.poll(() => area.textContent(), SLOW).not.toBe(before);
  });

  // The corner is at the map's lower right, where the coordinate readout sits: folded, it
  // leaves the corner free. The click comes straight after Select, before App re-renders.
  it('selects a bundled zone, moves its corner, and the Changes view lists it modified', async () => {
    // Quang Minh industrial park, a rectangle in data/geojson/industrial-zones.geojson.
    const app = await browser.open({ zoom: 14, lon: 105.7783, lat: 21.1874 });
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.tool('Select').click();
    await app.clickAt(105.7783, 21.1874);
    const area = app.page.getByTestId('area');
    await expect.poll(() => area.textContent(), SLOW).toMatch(/ha/);
    const before = await area.textContent();
    await editor.drag([105.787222, 21.179045], [105.79, 21.177]);
    await expect.poll(() => area.textContent(), SLOW).not.toBe(before);
    await editor.tool('Changes').click();
    const row = app.page.getByTestId('changes-view').locator('[data-change="modified"]');
    await expect.poll(() => row.textContent(), SLOW).toContain('Quang Minh Industrial Park');
    expect(await row.textContent()).toContain('geometry');
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
    await expect
      .poll(async () => (await app.cameraFromUrl())[0], { timeout: 10_000 })
      .toBeGreaterThanOrEqual(16);
  });

  it('reverts a drawn feature from the Changes view, as an undoable step', async () => {
    const { app, editor, before } = await drawTestZone();
    await editor.tool('Changes').click();
    const changes = app.page.getByTestId('changes-view');
    await changes.getByRole('button', { name: `Revert: ${TEST_ZONE['English name']}` }).click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before));
    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
  });
});

/** Metres from a position to a segment, in a local plane (fine at the centimetre over 1 km). */
function metresToSegment(p: number[], a: number[], b: number[]): number {
  const kx = 111_320 * Math.cos((p[1]! * Math.PI) / 180);
  const ky = 110_574;
  const [px, py] = [(p[0]! - a[0]!) * kx, (p[1]! - a[1]!) * ky];
  const [bx, by] = [(b[0]! - a[0]!) * kx, (b[1]! - a[1]!) * ky];
  const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
  return Math.hypot(px - t * bx, py - t * by);
}

describe('snapping and the changeset', () => {
  it('snaps a vertex onto the provincial border, and the downloaded changeset carries it', async () => {
    // A border edge (data/geojson/boundaries.geojson, border-hn-vp) and a click ~5 px off its middle.
    const a = [105.729, 21.26963];
    const b = [105.72343, 21.26657];
    const middle: [number, number] = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    const app = await browser.open({ zoom: 16, lon: middle[0] + 0.001, lat: middle[1] - 0.001 });
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.chooseLayer('Industrial zones');
    const offBorder: [number, number] = [middle[0] + 0.000024, middle[1] - 0.000044];
    await editor.drawPolygon([
      offBorder,
      [middle[0] + 0.0015, middle[1] - 0.002],
      [middle[0] + 0.0025, middle[1] - 0.0005],
    ]);
    await editor.fillForm(TEST_ZONE);
    await editor.tool('Changes').click();
    const { fileName, text } = await app.download('Download changeset');
    // (editor.changesetZone() reads the same file; here the file itself is checked too.)
    expect(fileName).toMatch(/^giapranh-changes-\d{8}-\d{4}\.json$/);
    const changeset = JSON.parse(text);
    expect(changeset.format).toBe('giapranh-changeset');
    const [zone] = changeset.layers['industrial-zones'].put;
    expect(zone.properties.name).toBe(TEST_ZONE.Name);
    const ring: number[][] = zone.geometry.coordinates[0];
    const nearest = Math.min(...ring.map((position) => metresToSegment(position, a, b)));
    expect(nearest).toBeLessThan(0.01);
  });
});

describe('cancelling and deleting', () => {
  it('drops a shape in progress on Esc, and deletes the selected feature on Delete', async () => {
    const app = await browser.open(EDIT_CAMERA);
    const editor = new EditorDriver(app);
    await editor.open();
    const before = Number(await app.featureCount('industrial-zones'));
    await editor.chooseLayer('Industrial zones');
    await editor.tool('Draw polygon').click();
    for (const [lon, lat] of EDIT_SQUARE.slice(0, 3)) await app.clickAt(lon, lat);
    await app.page.keyboard.press('Escape');
    // The tool stays up: four clicks and a close now make one polygon, without the dropped vertices.
    await editor.clickPolygon(EDIT_SQUARE);
    await editor.fillForm(TEST_ZONE);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    const changes = await editor.changesetZone();
    expect(changes.geometry.coordinates[0]).toHaveLength(5);

    await app.page.keyboard.press('Delete');
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before));
  });
});

describe('the workspace holds the saved checks', () => {
  it('keeps a saved check in IndexedDB, not in localStorage', async () => {
    const app = await browser.open();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.page.getByLabel('Kind', { exact: true }).selectOption('corridor');
    await app.page.getByLabel('Of layer', { exact: true }).selectOption('ring-road-5');
    await app.page.getByLabel('Distance (m)', { exact: true }).fill('1000');
    await app.page.getByLabel('Check name').fill('RR5 1 km corridor');
    await app.page.getByRole('button', { name: 'Save' }).click();
    await app.page.getByRole('button', { name: '▶ RR5 1 km corridor' }).waitFor();
    // Preferences go, the workspace stays: the check comes back from IndexedDB alone.
    await app.page.evaluate(() => localStorage.clear());
    await app.page.reload();
    await app.waitForIdle();
    await app.switchLanguage('English');
    await app.openAnalysis();
    await app.page
      .getByRole('button', { name: '▶ RR5 1 km corridor' })
      .waitFor({ timeout: 10_000 });
  });
});
