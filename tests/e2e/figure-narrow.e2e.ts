import { describe, expect, it } from 'vitest';
import { pngInfo } from '../../src/core/figure/png-dpi.ts';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/** Opens the figure dialog for one column `widthCm` wide, in an orientation, at 150 dpi. */
async function composeColumn(widthCm: number, orientation: 'Dọc' | 'Ngang'): Promise<void> {
  await app.page.getByRole('button', { name: 'Xuất hình' }).click();
  await app.page
    .getByLabel('Phụ đề')
    .fill('Tỉnh Vĩnh Phúc (cũ) và huyện Mê Linh — địa giới năm 2019');
  await app.page.getByLabel('Hướng giấy').selectOption({ label: orientation });
  await app.page.getByLabel('Kích thước', { exact: true }).selectOption('column');
  await app.page.getByLabel('Chiều rộng cột (cm)').fill(String(widthCm));
  await app.page.getByLabel('Độ phân giải (dpi)').fill('150');
}

describe('a figure one narrow column wide', () => {
  it('is made 8 cm wide in portrait proportions, at its exact size', async () => {
    app = await browser.open(
      { zoom: 10.4, lon: 105.66, lat: 21.27 },
      {
        query: '?check=preset-zones-nearest-rr5',
      },
    );
    await app.waitUntilRendered('analysis');
    await composeColumn(8, 'Dọc');
    const figure = await app.download('Tải hình PNG');
    // 80 × 113 mm at 150 dpi.
    expect(pngInfo(new Uint8Array(figure.bytes))).toEqual({
      width: 472,
      height: 668,
      dotsPerInch: 150,
    });
  });

  it('is refused 8 cm wide in landscape: no room for the map beside its legend', async () => {
    app = await browser.open(
      { zoom: 10.4, lon: 105.66, lat: 21.27 },
      {
        query: '?check=preset-zones-nearest-rr5',
      },
    );
    await app.waitUntilRendered('analysis');
    await composeColumn(8, 'Ngang');
    let downloads = 0;
    app.page.on('download', () => downloads++);
    await app.page.getByRole('button', { name: 'Tải hình PNG' }).click();
    const alert = app.page.getByRole('dialog').getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('hình quá nhỏ cho tiêu đề, chú giải và nguồn');
    expect(downloads).toBe(0);
  });
});

describe('the figure preview', () => {
  it('lays the legend out under a narrow figure’s map, and says before any click when it is too small', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    const preview = app.page.locator('.figure-preview');
    const picture = preview.locator('img');
    await picture.waitFor({ timeout: 30_000 });
    /** How far down the figure the map's picture ends, as a share of the figure's height. */
    const mapBottom = async () => {
      const [figure, map] = await Promise.all([preview.boundingBox(), picture.boundingBox()]);
      return (map!.y + map!.height - figure!.y) / figure!.height;
    };
    // A whole A4 page: the legend is over the map, which reaches the small print at the foot.
    expect(await mapBottom()).toBeGreaterThan(0.9);

    await app.page.getByLabel('Hướng giấy').selectOption({ label: 'Dọc' });
    await app.page.getByLabel('Kích thước', { exact: true }).selectOption('column');
    await app.page.getByLabel('Chiều rộng cột (cm)').fill('8');
    await expect.poll(mapBottom).toBeLessThan(0.75);
    expect(await app.page.locator('.figure-too-small').count()).toBe(0);

    await app.page.getByLabel('Hướng giấy').selectOption({ label: 'Ngang' });
    await expect
      .poll(() => app.page.locator('.figure-too-small').textContent())
      .toContain('hình quá nhỏ cho tiêu đề, chú giải và nguồn');
  });
});
