import UPNG from '@pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import type { PageFigureRequest } from '../../src/ui/figure/usePageFigureEntry.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const CAMERA = { zoom: 11, lon: 105.72, lat: 21.2 };
const KEPT_MAP = '[data-figure-map]';

/** A small landscape figure: one 10 cm column at 96 dpi. */
const SMALL: PageFigureRequest = {
  format: 'png',
  paper: 'A4',
  orientation: 'landscape',
  dotsPerInch: 96,
  columnCm: 10,
  date: '2026-12-04',
};
/** Another paper, orientation, size and resolution: a 7 cm A3 portrait column at 150 dpi. */
const OTHER: PageFigureRequest = {
  format: 'png',
  paper: 'A3',
  orientation: 'portrait',
  dotsPerInch: 150,
  columnCm: 7,
  date: '2026-12-04',
};

async function openReady(): Promise<MapApp> {
  const opened = await browser.open(CAMERA);
  await opened.page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
    timeout: 120_000,
  });
  return opened;
}

/** The figure's PNG as RGBA, made through the page's entry. */
async function figurePixels(request: PageFigureRequest) {
  const file = await app.page.evaluate((request) => window.giapranh!.figure(request), request);
  const png = new Uint8Array(Buffer.from(file.base64, 'base64'));
  const image = UPNG.decode(png.slice().buffer);
  return {
    width: image.width,
    height: image.height,
    rgba: new Uint8Array(UPNG.toRGBA8(image)[0]!),
  };
}

/** The share of pixels whose colour differs beyond anti-aliasing noise. */
function differingShare(a: Uint8Array, b: Uint8Array): number {
  let differing = 0;
  for (let at = 0; at < a.length; at += 4) {
    if ([0, 1, 2].some((c) => Math.abs(a[at + c]! - b[at + c]!) > 24)) differing++;
  }
  return differing / (a.length / 4);
}

/** How many distinct colours a picture has: a blank one has a handful. */
function colourCount(rgba: Uint8Array): number {
  const colours = new Set<number>();
  for (let at = 0; at < rgba.length; at += 4)
    colours.add((rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!);
  return colours.size;
}

describe('the off-screen figure map kept between figures', () => {
  it('draws a second figure of another paper and resolution with the same map, as a fresh map would', async () => {
    app = await openReady();
    await figurePixels(SMALL);
    // Tag the kept map's canvas: the same element after the next figure is the same map.
    const kept = await app.page.evaluate((selector) => {
      const canvases = document.querySelectorAll<HTMLCanvasElement>(`${selector} canvas`);
      for (const canvas of canvases) canvas.dataset.firstFigure = 'yes';
      return canvases.length;
    }, KEPT_MAP);
    expect(kept).toBe(1);
    const reused = await figurePixels(OTHER);
    const sameMap = await app.page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLCanvasElement>(`${selector} canvas`)].map(
          (canvas) => canvas.dataset.firstFigure ?? 'new',
        ),
      KEPT_MAP,
    );
    expect(sameMap).toEqual(['yes']);
    // 7 cm at 150 dpi, in A3 portrait proportions (297 / 420): 413 × 585 pixels.
    expect([reused.width, reused.height]).toEqual([413, 585]);

    // The same figure from a fresh page, whose first figure creates its map.
    app = await openReady();
    const fresh = await figurePixels(OTHER);
    expect([fresh.width, fresh.height]).toEqual([reused.width, reused.height]);
    expect(colourCount(reused.rgba)).toBeGreaterThan(200);
    expect(differingShare(reused.rgba, fresh.rgba)).toBeLessThan(0.002);
  }, 600_000);

  it('is removed when the figure dialog closes', async () => {
    app = await openReady();
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    await app.page.getByLabel('Kích thước', { exact: true }).selectOption('column');
    await app.page.getByLabel('Độ phân giải (dpi)').fill('96');
    await app.download('Tải hình PNG');
    expect(await app.page.locator(KEPT_MAP).count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator(KEPT_MAP).count(), { timeout: 30_000 }).toBe(0);
  }, 400_000);
});
