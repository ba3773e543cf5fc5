import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const PHONE = { width: 390, height: 844 };
const AT = { zoom: 13, ...middleOf(bundledPolygon('industrial-zones', 'iz-khai-quang')) };
const STATIONS = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'st-1',
      properties: { name: 'Trạm 1' },
      geometry: { type: 'Point', coordinates: [105.6, 21.25] },
    },
  ],
});

/** The map's box height, and the height MapLibre's canvas is drawn at (CSS pixels). */
async function mapHeights(app: MapApp): Promise<{ box: number; canvas: number }> {
  return app.page.getByTestId('map').evaluate((map) => ({
    box: map.getBoundingClientRect().height,
    canvas: map.querySelector('canvas')?.clientHeight ?? 0,
  }));
}

/** Waits until MapLibre has followed its container's new size. */
async function canvasFollows(app: MapApp): Promise<{ box: number; canvas: number }> {
  await expect
    .poll(async () => {
      const { box, canvas } = await mapHeights(app);
      return Math.abs(box - canvas);
    })
    .toBeLessThanOrEqual(1);
  return mapHeights(app);
}

/** Whether a pointer at the centre of the element would hit it (nothing drawn over it). */
function clickable(app: MapApp, selector: string): Promise<boolean> {
  return app.page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return box.height > 0 && element.contains(hit);
  });
}

/** Drags the inspector sheet's handle by `dy` CSS pixels (negative: up). */
async function dragHandle(app: MapApp, dy: number): Promise<void> {
  const box = await app.page.locator('.inspector-sheet-handle').boundingBox();
  if (!box) throw new Error('the sheet has no handle on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  await app.page.mouse.move(x, y + dy / 2, { steps: 3 });
  await app.page.mouse.move(x, y + dy, { steps: 3 });
  await app.page.mouse.up();
}

describe('the inspector on a phone (390 × 844)', () => {
  it('is a bottom sheet that leaves the map at least 45 % of the height, even with the panels open', async () => {
    const app = await browser.open(AT, { size: PHONE, query: '?lang=en' });
    // The panels' sheet is open too: the worst case for the map.
    await app.page.getByRole('tab', { name: 'Layers' }).click();
    await app.page.getByRole('heading', { name: 'Map layers', level: 2 }).waitFor();
    await app.clickAt(AT.lon, AT.lat);
    const inspector = app.page.getByTestId('inspector');
    await inspector.waitFor();
    const sheet = app.page.locator('.inspector-sheet');

    const open = await canvasFollows(app);
    expect(open.box).toBeGreaterThanOrEqual(0.45 * PHONE.height);
    // Still usable: its title and close button are on screen and clickable.
    expect((await inspector.boundingBox())?.height).toBeGreaterThanOrEqual(100);
    expect(await clickable(app, '[data-testid="inspector"] .close')).toBe(true);
    expect(await clickable(app, '[data-testid="inspector"] h2')).toBe(true);

    // Dragged down to a peek: the title stays, the map grows and MapLibre follows.
    await dragHandle(app, 250);
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('peek');
    const peek = await canvasFollows(app);
    expect(peek.box).toBeGreaterThan(open.box + 50);
    expect(await clickable(app, '[data-testid="inspector"] h2')).toBe(true);
    expect(await clickable(app, '.inspector-sheet-handle')).toBe(true);

    // Dragged up again, or tapped: open as before.
    await dragHandle(app, -250);
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('open');
    expect((await canvasFollows(app)).box).toBeCloseTo(open.box, 0);
    await app.page.locator('.inspector-sheet-handle').click();
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('peek');
    expect(await app.page.locator('.inspector-sheet-handle').getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  it('leaves the import report and the sheet apart: the report stays over the map', async () => {
    const app = await browser.open(AT, { size: PHONE, query: '?lang=en' });
    await app.clickAt(AT.lon, AT.lat);
    await app.page.getByTestId('inspector').waitFor();
    await app.importInto('monitoring-stations', 'stations.geojson', STATIONS);
    const report = await app.page.getByTestId('import-report').boundingBox();
    const sheet = await app.page.locator('.inspector-sheet').boundingBox();
    if (!report || !sheet) throw new Error('the report or the sheet is not on screen');
    expect(report.y + report.height).toBeLessThanOrEqual(sheet.y);
    expect(await clickable(app, '[data-testid="import-report"] .close')).toBe(true);
    expect(await clickable(app, '[data-testid="inspector"] .close')).toBe(true);
  });

  it('has no handle on a desktop, where the inspector floats on the map', async () => {
    const app = await browser.open(AT, { size: { width: 1400, height: 900 } });
    await app.clickAt(AT.lon, AT.lat);
    await app.page.getByTestId('inspector').waitFor();
    expect(await app.page.locator('.inspector-sheet-handle').isVisible()).toBe(false);
    expect((await mapHeights(app)).box).toBeGreaterThan(800);
  });
});
