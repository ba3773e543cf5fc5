import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const SHOTS = new URL('../../test-results/small-screens/', import.meta.url);

const AT = { zoom: 13, ...middleOf(bundledPolygon('industrial-zones', 'iz-khai-quang')) };

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

// What sits on or beside the map and must never be drawn over something else.
const PARTS: Record<string, string> = {
  'title bar': '.topbar',
  sidebar: '.sidebar',
  inspector: '[data-testid="inspector"]',
  '2019 notice': '[data-testid="notice-2025"]',
  '2019 notice chip': '.notice-chip',
  'coordinate readout': '[data-testid="coords"]',
  'zoom buttons': '.maplibregl-ctrl-top-right .maplibregl-ctrl',
  'scale bar': '.maplibregl-ctrl-scale',
  attribution: '.maplibregl-ctrl-attrib',
};

async function visibleBoxes(app: MapApp): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const [name, selector] of Object.entries(PARTS)) {
    const element = app.page.locator(selector).first();
    if (!(await element.isVisible())) continue;
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0) boxes.push({ name, ...box });
  }
  return boxes;
}

/** Every pair of boxes that share more than a pixel's sliver, by name. */
function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      const at = (box: Box) =>
        `${box.name} (${[box.x, box.y, box.width, box.height].map(Math.round)})`;
      if (across > 1 && down > 1) found.push(`${at(a)} × ${at(b)}`);
    }
  });
  return found;
}

async function mapShare(app: MapApp, size: { width: number; height: number }): Promise<number> {
  const box = await app.page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map is not on screen');
  return (box.width * box.height) / (size.width * size.height);
}

async function screenshot(app: MapApp, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await app.page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });
}

describe('small screens', () => {
  it('at 1024 × 768: the map keeps most of the screen, the inspector and the notice and the controls stay apart', async () => {
    const size = { width: 1024, height: 768 };
    const app = await browser.open(AT, { size });
    expect((await app.page.locator('.topbar').boundingBox())?.height).toBeLessThanOrEqual(56);
    expect(await mapShare(app, size)).toBeGreaterThanOrEqual(0.5);
    await app.clickAt(AT.lon, AT.lat);
    await app.page.getByTestId('inspector').waitFor();
    await app.page.getByTestId('notice-2025').waitFor();
    const boxes = await visibleBoxes(app);
    await screenshot(app, 'tablet-1024x768');
    expect(boxes.map((box) => box.name)).toEqual(
      expect.arrayContaining(['inspector', '2019 notice', 'coordinate readout', 'zoom buttons']),
    );
    expect(overlaps(boxes)).toEqual([]);

    // The tools are in a menu; a dialog opened from it gives the focus back to the menu button.
    await app.page.getByRole('button', { name: 'Công cụ' }).click();
    await app.page.getByRole('button', { name: 'Về dữ liệu', exact: true }).click();
    await app.page.getByRole('dialog').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(
      await app.page.evaluate(() => document.activeElement?.getAttribute('aria-controls')),
    ).toBe('topbar-tools');

    // The sidebar is a drawer: folded, the map takes its room.
    await app.page.getByRole('button', { name: 'Thu gọn bảng điều khiển' }).click();
    expect(await mapShare(app, size)).toBeGreaterThan(0.85);
    expect(overlaps(await visibleBoxes(app))).toEqual([]);
  });

  it('at 1280 × 800 too, nothing on the map overlaps', async () => {
    const app = await browser.open(AT, { size: { width: 1280, height: 800 } });
    await app.clickAt(AT.lon, AT.lat);
    await app.page.getByTestId('inspector').waitFor();
    await screenshot(app, 'laptop-1280x800');
    expect(overlaps(await visibleBoxes(app))).toEqual([]);
  });

  it('at 390 × 844: a one-line title bar, a bottom sheet, the notice as a chip, the inspector as a half-height sheet', async () => {
    const size = { width: 390, height: 844 };
    const app = await browser.open(AT, { size });
    expect((await app.page.locator('.topbar').boundingBox())?.height).toBeLessThanOrEqual(56);
    expect(await mapShare(app, size)).toBeGreaterThanOrEqual(0.5);
    expect(await app.page.locator('.notice-chip').isVisible()).toBe(true);
    expect(overlaps(await visibleBoxes(app))).toEqual([]);

    await app.clickAt(AT.lon, AT.lat);
    const inspector = app.page.getByTestId('inspector');
    await inspector.waitFor();
    expect((await inspector.boundingBox())?.height).toBeLessThanOrEqual(size.height / 2);
    await screenshot(app, 'phone-390x844-inspector');
    expect(overlaps(await visibleBoxes(app))).toEqual([]);
    await app.page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'detached' });

    // The sheet opens from a tab, and the map keeps half the screen.
    await app.page.getByRole('tab', { name: 'Lớp bản đồ' }).click();
    await app.page.getByRole('heading', { name: 'Lớp bản đồ', level: 2 }).waitFor();
    expect(await mapShare(app, size)).toBeGreaterThanOrEqual(0.5);
    await screenshot(app, 'phone-390x844-sheet');
    expect(overlaps(await visibleBoxes(app))).toEqual([]);

    // The notice opens from its chip, clear of the zoom buttons.
    await app.page.locator('.notice-chip').click();
    await app.page.getByTestId('notice-2025').waitFor();
    expect(overlaps(await visibleBoxes(app))).toEqual([]);
  });
});
