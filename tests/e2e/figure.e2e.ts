import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pngInfo } from '../../src/core/figure/png-dpi.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('report figures', () => {
  it('exports one column of a Word page as a 300 dpi PNG with the map drawn in it', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.switchLanguage('English');
    await app.page.getByRole('button', { name: 'Export figure' }).click();
    await app.page
      .getByLabel('Title', { exact: true })
      .fill('Mê Linh – Bình Xuyên: khu công nghiệp');
    await app.page.getByLabel('Figure number').fill('3');
    await app.page.getByLabel('Size', { exact: true }).selectOption('column');
    await app.page.getByLabel('Column width (cm)').fill('16');
    const figure = await app.download('Download PNG');
    const date = new Date().toISOString().slice(0, 10);
    expect(figure.fileName).toBe(`figure-3-me-linh-binh-xuyen-khu-cong-nghiep-${date}.png`);
    const bytes = new Uint8Array(figure.bytes);
    // 16 cm wide, in the A4 landscape proportions, at 300 dpi: 1890 × 1336 pixels.
    expect(pngInfo(bytes)).toEqual({ width: 1890, height: 1336, dotsPerInch: 300 });
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

  it('previews the map as drawn, though the live map keeps no drawing buffer', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    const picture = app.page.locator('.figure-preview img');
    await picture.waitFor({ timeout: 30_000 });
    // A picture read from a buffer already shown is one flat colour: count the colours in it.
    const colours = await picture.evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const seen = new Set<string>();
      for (let y = 5; y < image.naturalHeight; y += 23) {
        for (let x = 5; x < image.naturalWidth; x += 29)
          seen.add(context.getImageData(x, y, 1, 1).data.join(','));
      }
      return seen.size;
    });
    expect(colours).toBeGreaterThan(20);
  });

  it('exports a whole A4 landscape page at 300 dpi as exactly 3508 × 2480 pixels', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    await expect
      .poll(() => app.page.getByTestId('figure-size').textContent())
      .toBe('3508 × 2480 px · 297 × 210 mm · 300 dpi');
    const figure = await app.download('Tải hình PNG');
    expect(pngInfo(new Uint8Array(figure.bytes))).toEqual({
      width: 3508,
      height: 2480,
      dotsPerInch: 300,
    });
  });

  it('exports a PDF whose page is A4 portrait, read back from the file', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    await app.page.getByLabel('Hướng giấy').selectOption('portrait');
    await app.page.getByLabel('Độ phân giải (dpi)').fill('96');
    const figure = await app.download('Tải PDF');
    expect(figure.fileName).toMatch(/\.pdf$/);
    const pdf = await PDFDocument.load(new Uint8Array(figure.bytes));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([width, height].map((points) => Math.round(points * 100) / 100)).toEqual([
      595.28, 841.89,
    ]);
  });
});
