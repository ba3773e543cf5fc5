import { describe, expect, it } from 'vitest';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, EDIT_SQUARE, TEST_ZONE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
// The map, the worker and the geodesy chunk answer in their own time on a loaded machine.
const SLOW = { timeout: 15_000 };

/** Opens the editor over the test corner and draws the test zone, form filled and saved. */
async function drawTestZone() {
  const app = await browser.open(EDIT_CAMERA);
  const editor = new EditorDriver(app);
  await editor.open();
  await editor.chooseLayer('Industrial zones');
  await editor.drawPolygon(EDIT_SQUARE);
  await editor.fillForm(TEST_ZONE);
  const area = app.page.getByTestId('area');
  await expect.poll(() => area.textContent(), SLOW).toMatch(/ha/);
  return { app, editor, area };
}

describe('what a planner met walking through the editor', () => {
  it('drags a midpoint out as a new vertex, and one Undo takes the whole gesture back', async () => {
    const { app, editor, area } = await drawTestZone();
    const before = await area.textContent();
    // The south edge's midpoint, pulled ~220 m south: the zone grows by a triangle.
    await editor.drag([105.66, 21.2025], [105.66, 21.2005]);
    await expect.poll(() => area.textContent(), SLOW).not.toBe(before);
    expect((await editor.changesetZone()).geometry.coordinates[0]).toHaveLength(6);
    await editor.tool('Undo').click();
    await expect.poll(() => area.textContent(), SLOW).toBe(before);
    // The inserted vertex went with the drag: the square has its four corners again.
    expect((await editor.changesetZone()).geometry.coordinates[0]).toHaveLength(5);
    expect(await app.cameraFromUrl()).toEqual([EDIT_CAMERA.zoom, EDIT_CAMERA.lat, EDIT_CAMERA.lon]);
  });

  it('lets go of a drawn zone when Select is pressed after drawing, and stays ready to select', async () => {
    const { app, editor, area } = await drawTestZone();
    const select = editor.tool('Select');
    // Finishing the shape brought Select up by itself: pressing it means "pick another".
    expect(await select.getAttribute('aria-pressed')).toBe('true');
    await select.click();
    expect(await select.getAttribute('aria-pressed')).toBe('true');
    await app.clickAt(105.66, 21.205);
    await expect.poll(() => area.textContent(), SLOW).toMatch(/ha/);
    const before = await area.textContent();
    await editor.drag([105.665, 21.2075], [105.668, 21.2095]);
    await expect.poll(() => area.textContent(), SLOW).not.toBe(before);
  });

  it('moves the whole zone from a press ~30 px inside an edge, without adding a vertex', async () => {
    const { editor, area } = await drawTestZone();
    const before = await area.textContent();
    // 0.0012° of latitude above the south edge's midpoint: ~30 px at zoom 14.
    await editor.drag([105.66, 21.2037], [105.662, 21.2047]);
    await expect
      .poll(async () => (await editor.changesetZone()).geometry.coordinates[0]![0]![0], SLOW)
      .toBeGreaterThan(105.6555);
    const ring = (await editor.changesetZone()).geometry.coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(await area.textContent()).toBe(before);
  });

  it('takes the planner to the first wrong field when the form refuses to save', async () => {
    const { app, editor } = await drawTestZone();
    const form = editor.form();
    await form.getByLabel('Position error', { exact: true }).fill('fifty');
    await form.getByLabel('Valid from', { exact: true }).fill('5/3/2024');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.id), SLOW)
      .toBe('field-accuracy_m');
    expect(await form.getByRole('alert').first().textContent()).toContain('fifty');
  });
});

describe('the inspector of a point', () => {
  it('wraps the long VN-2000 label instead of squeezing the values to a letter a line', async () => {
    // Mê Linh district seat, a point of the context layer (data/geojson/context.geojson).
    const app = await browser.open({ zoom: 14, lon: 105.719097, lat: 21.184598 });
    await app.switchLanguage('Tiếng Việt');
    await app.clickAt(105.719097, 21.184598);
    const inspector = app.page.getByTestId('inspector');
    await inspector.locator('dd').first().waitFor(SLOW);
    const narrowest = await inspector.locator('dl').evaluate((dl) => {
      const values = [...dl.querySelectorAll('dd')].map((dd) => dd.getBoundingClientRect().width);
      return Math.min(...values) / dl.getBoundingClientRect().width;
    });
    // The label column takes at most 45 % (it took 61 % here, and a station's name wrapped per letter).
    expect(narrowest).toBeGreaterThan(0.48);
  });
});

describe('an analysis result after an edit', () => {
  it('says the data changed since it ran, and Run again gives the new numbers', async () => {
    const { app, editor } = await drawTestZone();
    await app.openAnalysis();
    await app.runPreset('Security-cluster coverage of industrial zones');
    const stale = app.page.getByTestId('results-stale');
    const testZoneRows = async () =>
      (await app.resultRows()).filter((row) => row[0] === TEST_ZONE['English name']).length;
    expect(await testZoneRows()).toBeGreaterThan(0);
    expect(await stale.count()).toBe(0);

    // The zone is still the one being edited: delete it, then look at the result again.
    await app.page.getByRole('tab', { name: 'Edit' }).click();
    await editor.tool('Delete feature').click();
    await app.openAnalysis();
    await stale.waitFor(SLOW);
    expect(await testZoneRows()).toBeGreaterThan(0);
    await stale.getByRole('button', { name: 'Run again' }).click();
    await expect.poll(testZoneRows, SLOW).toBe(0);
    expect(await stale.count()).toBe(0);
  });
});

describe('a feature imported with an altitude', () => {
  it('drags a station read from KML, whose point carries a height of 0 m', async () => {
    const app = await browser.open(EDIT_CAMERA);
    await app.switchLanguage('English');
    await app.openLayerActions('monitoring-stations');
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>
  <name>Trạm nước mặt</name>
  <Point><coordinates>105.662,21.204,0</coordinates></Point>
</Placemark></Document></kml>`;
    expect(await app.importInto('monitoring-stations', 'tram.kml', kml)).toContain('Imported 1');
    await app.page.getByTestId('import-report').getByRole('button', { name: 'Close' }).click();
    const editor = new EditorDriver(app);
    await editor.open();
    await editor.tool('Select').click();
    await app.clickAt(105.662, 21.204);
    const position = app.page.getByTestId('point-wgs84');
    await expect.poll(() => position.textContent(), SLOW).toContain('105.662000');
    await editor.drag([105.662, 21.204], [105.664, 21.203]);
    await expect.poll(() => position.textContent(), SLOW).not.toContain('105.662000');
  });
});
