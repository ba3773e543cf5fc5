import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/core/document/index.ts';
import { mergeZones, subtractZone, type ZoneFeature } from '../../src/core/edit-ops/index.ts';
import { formatArea } from '../../src/core/format/propertyText.ts';
import { geodesicAreaSquareMeters } from '../../src/core/geodesy/geodesic-area-square-meters.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { EditorDriver } from './support/editorDriver.ts';
import { EDIT_CAMERA, TEST_ZONE } from './support/editPlace.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SLOW = { timeout: 15_000 };

type LngLat = [number, number];
const box = (west: number, east: number): LngLat[] => [
  [west, 21.2025],
  [east, 21.2025],
  [east, 21.2075],
  [west, 21.2075],
];

async function openEditor() {
  const app = await browser.open(EDIT_CAMERA);
  const editor = new EditorDriver(app);
  await editor.open();
  await editor.chooseLayer('Industrial zones');
  const before = Number(await app.featureCount('industrial-zones'));
  return { app, editor, before };
}

/**
 * Draws two industrial zones, "Test zone" then "Second zone" (which stays selected), and waits
 * until the layer counts both.
 */
async function drawTwoZones(
  editor: EditorDriver,
  before: number,
  first: LngLat[],
  second: LngLat[],
): Promise<void> {
  await editor.drawPolygon(first);
  await editor.fillForm(TEST_ZONE);
  await editor.drawPolygon(second);
  await editor.fillForm({ ...TEST_ZONE, 'English name': 'Second zone' });
  await expect
    .poll(() => editor.app.featureCount('industrial-zones'), SLOW)
    .toBe(String(before + 2));
}

const areaOf = (feature: GeoJSON.Feature) =>
  geodesicAreaSquareMeters(feature.geometry as GeoJSON.Polygon);

describe('planar operations from the toolbar', () => {
  it('merges the selected zone with a clicked one, in one undo step', async () => {
    const { app, editor, before } = await openEditor();
    await drawTwoZones(editor, before, box(105.655, 105.662), box(105.659, 105.665));
    const [first, second] = await editor.changesetPuts('industrial-zones');

    await app.clickAt(105.657, 21.205); // the first zone only
    await expect.poll(() => app.inspectorTitle().textContent(), SLOW).toBe('Test zone');
    await editor.tool('Merge zones').click();
    await app.clickAt(105.6635, 21.205); // the second zone only
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));

    // The kernel on the same two zones, here in Node: the inspector shows its area.
    const store = new DocumentStore();
    store.loadLayer('industrial-zones', { type: 'FeatureCollection', features: [first!, second!] });
    const layer = getLayer('industrial-zones')!;
    const merged = mergeZones(store.getSnapshot(), layer, String(first!.id), String(second!.id));
    if (!merged.ok) throw new Error(merged.message.en);
    const expected = formatArea(merged.areasSquareMeters[0]!, 'en');
    const area = app.page.getByTestId('area');
    await expect.poll(() => area.textContent(), SLOW).toBe(expected);
    expect(await app.inspectorTitle().textContent()).toBe('Test zone');
    expect(await editor.opMessage().getAttribute('data-kind')).toBe('done');

    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 2));
    await expect.poll(() => area.textContent(), SLOW).toBe(formatArea(areaOf(first!), 'en'));
  });

  it('refuses zones that do not touch, and changes nothing', async () => {
    const { app, editor, before } = await openEditor();
    await drawTwoZones(editor, before, box(105.655, 105.658), box(105.661, 105.665));
    await editor.tool('Merge zones').click(); // the second zone is selected after drawing
    await app.clickAt(105.6565, 21.205);
    await expect.poll(() => editor.opMessage().getAttribute('data-kind'), SLOW).toBe('refused');
    expect(await editor.opMessage().textContent()).toContain('neither touch nor overlap');
    expect(await app.featureCount('industrial-zones')).toBe(String(before + 2));
  });

  it('subtracts a clicked zone from the selected one, in one undo step', async () => {
    const { app, editor, before } = await openEditor();
    await drawTwoZones(editor, before, box(105.655, 105.662), box(105.659, 105.665));
    const [first, second] = await editor.changesetPuts('industrial-zones');

    await app.clickAt(105.657, 21.205); // the first zone only
    await expect.poll(() => app.inspectorTitle().textContent(), SLOW).toBe('Test zone');
    const area = app.page.getByTestId('area');
    await expect.poll(() => area.textContent(), SLOW).toBe(formatArea(areaOf(first!), 'en'));
    await editor.tool('Subtract zone').click();
    await app.clickAt(105.6635, 21.205); // the second zone only
    await expect.poll(() => editor.opMessage().getAttribute('data-kind'), SLOW).toBe('done');

    // The kernel on the same two zones, here in Node: the inspector shows its area.
    const store = new DocumentStore();
    store.loadLayer('industrial-zones', { type: 'FeatureCollection', features: [first!, second!] });
    const layer = getLayer('industrial-zones')!;
    const cutter = second as ZoneFeature;
    const rest = subtractZone(store.getSnapshot(), layer, String(first!.id), cutter);
    if (!rest.ok) throw new Error(rest.message.en);
    const expected = formatArea(rest.areasSquareMeters[0]!, 'en');
    expect(expected).not.toBe(formatArea(areaOf(first!), 'en'));
    await expect.poll(() => area.textContent(), SLOW).toBe(expected);
    expect(await app.inspectorTitle().textContent()).toBe('Test zone');
    // The clicked zone is left as it was; the selected one keeps its key.
    expect(await app.featureCount('industrial-zones')).toBe(String(before + 2));
    const after = await editor.changesetPuts('industrial-zones');
    expect(after.find((zone) => zone.id === second!.id)?.geometry).toEqual(second!.geometry);
    expect(areaOf(after.find((zone) => zone.id === first!.id)!)).toBeCloseTo(
      rest.areasSquareMeters[0]!,
      0,
    );

    await editor.tool('Undo').click();
    await expect.poll(() => area.textContent(), SLOW).toBe(formatArea(areaOf(first!), 'en'));
    expect(await app.featureCount('industrial-zones')).toBe(String(before + 2));
  });

  it('cuts the selected zone with a line drawn by clicks: two zones with its properties', async () => {
    const { app, editor, before } = await openEditor();
    await editor.drawPolygon(box(105.655, 105.665));
    await editor.fillForm(TEST_ZONE);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    const [zone] = await editor.changesetPuts('industrial-zones');

    // A line that stays west of the zone is refused, and nothing changes.
    await editor.tool('Cut with line').click();
    await editor.clickLine([
      [105.651, 21.2035],
      [105.653, 21.2065],
    ]);
    await expect.poll(() => editor.opMessage().getAttribute('data-kind'), SLOW).toBe('refused');
    expect(await app.featureCount('industrial-zones')).toBe(String(before + 1));

    await editor.tool('Cut with line').click();
    await editor.clickLine([
      [105.652, 21.2045],
      [105.668, 21.2055],
    ]);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 2));
    const pieces = await editor.changesetPuts('industrial-zones');
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) {
      expect(piece.properties).toEqual(zone!.properties);
      expect(piece.id).not.toBe(zone!.id);
    }
    const areas = pieces.map(areaOf);
    expect(Math.abs(areas[0]! + areas[1]! - areaOf(zone!))).toBeLessThan(areaOf(zone!) * 1e-6);
    // The first piece is selected: the inspector shows its ellipsoidal area.
    const shown = await app.page.getByTestId('area').textContent();
    expect(areas.map((a) => formatArea(a, 'en'))).toContain(shown);

    await editor.tool('Undo').click();
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
  });

  it('drops a cutting line on Esc: nothing is cut and the zone stays selected', async () => {
    const { app, editor, before } = await openEditor();
    await editor.drawPolygon(box(105.655, 105.665));
    await editor.fillForm(TEST_ZONE);
    await editor.tool('Cut with line').click();
    await app.clickAt(105.652, 21.2045);
    await app.page.keyboard.press('Escape');
    expect(await editor.tool('Cut with line').getAttribute('aria-pressed')).toBe('false');
    expect(await app.featureCount('industrial-zones')).toBe(String(before + 1));
    expect(await app.inspectorTitle().textContent()).toBe('Test zone');
  });

  it('simplifies the selected outline at a tolerance in metres, showing the vertex counts', async () => {
    const { app, editor, before } = await openEditor();
    // A square with a fifth vertex about 3 m off the middle of its south edge.
    await editor.drawPolygon([
      [105.655, 21.2025],
      [105.66, 21.20247],
      [105.665, 21.2025],
      [105.665, 21.2075],
      [105.655, 21.2075],
    ]);
    await editor.fillForm(TEST_ZONE);
    await expect.poll(() => app.featureCount('industrial-zones'), SLOW).toBe(String(before + 1));
    await editor.tool('Simplify outline').click();
    const form = app.page.getByRole('form', { name: 'Simplify outline' });
    await form.getByLabel('Tolerance (m)').fill('1');
    expect(await app.page.getByTestId('vertices-before').textContent()).toBe('5');
    await expect.poll(() => app.page.getByTestId('vertices-after').textContent()).toBe('5');
    await form.getByLabel('Tolerance (m)').fill('20');
    await expect.poll(() => app.page.getByTestId('vertices-after').textContent()).toBe('4');
    await form.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => editor.opMessage().getAttribute('data-kind'), SLOW).toBe('done');
    const zone = await editor.changesetZone();
    expect(zone.geometry.coordinates[0]).toHaveLength(5);
  });
});
