import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

/** A4 landscape inside the print stylesheet's 10 mm margins, in CSS pixels (96 per inch). */
const PRINTABLE_WIDTH_PX = (277 / 25.4) * 96;

/** The CSS size MapLibre draws its canvas at. */
function canvasWidth(app: MapApp): Promise<number> {
  return app.page.locator('.maplibregl-canvas').evaluate((canvas) => canvas.clientWidth);
}

describe('the printed map (Ctrl+P) fills the sheet whatever the window width', () => {
  for (const width of [390, 1400]) {
    it(`from a ${width} px window, the canvas spans the printable width, and comes back after`, async () => {
      const app = await browser.open(undefined, { size: { width, height: 844 } });
      const onScreen = await canvasWidth(app);
      expect(onScreen).toBeLessThanOrEqual(width);

      await app.page.emulateMedia({ media: 'print' });
      await expect.poll(() => canvasWidth(app)).toBeCloseTo(PRINTABLE_WIDTH_PX, 0);
      const map = await app.page.getByTestId('map').boundingBox();
      expect(map?.width).toBeCloseTo(PRINTABLE_WIDTH_PX, 0);
      // Printed as a picture of the canvas drawn at that size (Chromium prints a WebGL canvas
      // from the last frame it showed, blank after a resize).
      const picture = app.page.locator('.map-print-image');
      expect((await picture.boundingBox())?.width).toBeCloseTo(PRINTABLE_WIDTH_PX, 0);
      expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(
        Math.round(PRINTABLE_WIDTH_PX),
      );

      await app.page.emulateMedia({ media: 'screen' });
      await expect.poll(() => canvasWidth(app)).toBe(onScreen);
      expect(await picture.count()).toBe(0);
    });
  }

  it('printing from a phone-wide window draws the map sheet-wide before the page is laid out', async () => {
    const app = await browser.open(undefined, { size: { width: 390, height: 844 } });
    // Listeners added after the app's run after them: they see what the app's did.
    await app.page.evaluate(() => {
      const seen: string[] = [];
      const record = (when: string) => () => {
        const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
        seen.push(`${when} ${canvas?.clientWidth}`);
      };
      window.addEventListener('beforeprint', record('beforeprint'));
      window.addEventListener('afterprint', record('afterprint'));
      (window as unknown as { printSeen: string[] }).printSeen = seen;
    });
    await app.page.pdf({ preferCSSPageSize: true });
    const seen = await app.page.evaluate(
      () => (window as unknown as { printSeen: string[] }).printSeen,
    );
    expect(seen).toEqual([`beforeprint ${Math.round(PRINTABLE_WIDTH_PX)}`, 'afterprint 390']);
  });
});
