import { describe, expect, it } from 'vitest';
import { pngInfo } from '../../src/core/figure/png-dpi.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('report figures', () => {
  it('exports the view as a 300 dpi PNG with the map drawn in it', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.switchLanguage('English');
    await app.page.getByRole('button', { name: 'Export figure' }).click();
    await app.page
      .getByLabel('Title', { exact: true })
      .fill('Mê Linh – Bình Xuyên: khu công nghiệp');
    await app.page.getByRole('radio', { name: /Half an A4 page/ }).check();
    const figure = await app.download('Download PNG');
    expect(figure.fileName).toBe('giapranh-figure.png');
    const bytes = new Uint8Array(figure.bytes);
    // 640 × 440 layout pixels at 3 device pixels each, tagged 300 dpi: 16.3 × 11.2 cm in print.
    expect(pngInfo(bytes)).toEqual({ width: 1920, height: 1320, dotsPerInch: 300 });
    // Not a blank canvas: sample a grid over the map area and count the colours.
    const colours = await app.page.evaluate(
      async (data) => {
        const bitmap = await createImageBitmap(
          new Blob([new Uint8Array(data)], { type: 'image/png' }),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const seen = new Set<string>();
        for (let y = 200; y < bitmap.height - 150; y += 37) {
          for (let x = 10; x < bitmap.width; x += 41)
            seen.add(context.getImageData(x, y, 1, 1).data.join(','));
        }
        return seen.size;
      },
      [...bytes],
    );
    expect(colours).toBeGreaterThan(20);
  });
});
