import UPNG from '@pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import type { PageFigureRequest } from '../../src/ui/figure/usePageFigureEntry.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/** The figure's PNG as RGBA, its map's picture painted in bands of `paintBandRows` rows. */
async function figurePixels(paintBandRows: number) {
  const request: PageFigureRequest = {
    format: 'png',
    paper: 'A4',
    orientation: 'landscape',
    dotsPerInch: 150,
    columnCm: 12,
    date: '2026-12-04',
    paintBandRows,
  };
  const file = await app.page.evaluate((request) => window.giapranh!.figure(request), request);
  const png = new Uint8Array(Buffer.from(file.base64, 'base64'));
  const image = UPNG.decode(png.slice().buffer);
  return { width: image.width, rgba: new Uint8Array(UPNG.toRGBA8(image)[0]!) };
}

describe('the map painted onto the figure in bands of rows', () => {
  it('gives the same pixels as painting it at once: no seam, no row twice', async () => {
    app = await browser.open({ zoom: 11, lon: 105.72, lat: 21.2 });
    await app.page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
      timeout: 120_000,
    });
    const whole = await figurePixels(100_000);
    // 37-row bands: dozens of seams, none on a layout pixel's edge.
    const banded = await figurePixels(37);
    expect(banded.rgba.length).toBe(whole.rgba.length);
    let differing = 0;
    for (let at = 0; at < whole.rgba.length; at++)
      if (whole.rgba[at] !== banded.rgba[at]) differing++;
    expect(differing).toBe(0);
  }, 400_000);
});
