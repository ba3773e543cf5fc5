import UPNG from '@pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/** The figure's PNG as RGBA, made through the page's entry with a given tile size. */
async function figurePixels(tilePx: number) {
  const file = await app.page.evaluate(
    (tilePx) =>
      window.giapranh!.figure({
        format: 'png',
        paper: 'A4',
        orientation: 'landscape',
        dotsPerInch: 96,
        columnCm: 16,
        date: '2026-12-04',
        tilePx,
      }),
    tilePx,
  );
  const png = new Uint8Array(Buffer.from(file.base64, 'base64'));
  const image = UPNG.decode(png.slice().buffer);
  return {
    width: image.width,
    height: image.height,
    rgba: new Uint8Array(UPNG.toRGBA8(image)[0]!),
  };
}

describe('figures drawn in tiles', () => {
  it('look like the map drawn in one frame: labels neither cut nor doubled at the seams', async () => {
    app = await browser.open({ zoom: 11, lon: 105.72, lat: 21.2 });
    await app.page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
      timeout: 120_000,
    });
    const whole = await figurePixels(100_000);
    // 40-pixel tiles: every label of the map crosses a seam or two.
    const tiled = await figurePixels(40);
    expect([tiled.width, tiled.height]).toEqual([whole.width, whole.height]);
    let differing = 0;
    const colours = new Set<number>();
    for (let at = 0; at < whole.rgba.length; at += 4) {
      const a = whole.rgba;
      const b = tiled.rgba;
      const far = [0, 1, 2].some((c) => Math.abs(a[at + c]! - b[at + c]!) > 24);
      if (far) differing++;
      colours.add((b[at]! << 16) | (b[at + 1]! << 8) | b[at + 2]!);
    }
    // The map was drawn at all (a blank picture has a handful of colours), and the two agree
    // within anti-aliasing noise.
    expect(colours.size).toBeGreaterThan(200);
    expect(differing / (whole.width * whole.height)).toBeLessThan(0.002);
  }, 400_000);

  it('shows how far the drawing has come, and Cancel stops it there, without a file', async () => {
    app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    let downloads = 0;
    app.page.on('download', () => downloads++);
    // Every progress the dialog shows, as "done / total".
    await app.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.figure-progress')?.textContent ?? '';
        const match = /(\d+) \/ (\d+)/.exec(text);
        if (match && seen.at(-1) !== match[0]) seen.push(match[0]);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await app.page.getByRole('button', { name: 'Tải hình PNG' }).click();
    const progress = app.page.getByRole('status').filter({ hasText: 'Đang vẽ bản đồ từng phần' });
    await expect
      .poll(() => progress.textContent(), { timeout: 180_000 })
      .toMatch(/: [1-9]\d* \/ \d+/);
    await app.page.getByRole('button', { name: 'Hủy' }).click();
    await app.page.getByText('Đã hủy.').waitFor({ timeout: 120_000 });
    expect(downloads).toBe(0);
    expect(await progress.count()).toBe(0);
    await expect
      .poll(() => app.page.getByRole('button', { name: 'Tải hình PNG' }).isEnabled())
      .toBe(true);
    // The drawing stopped where it was: the last tile drawn is not the last of the map.
    const seen = await app.page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    const [done, total] = (seen.at(-1) ?? '').split(' / ').map(Number);
    expect(total).toBeGreaterThan(10);
    expect(done).toBeLessThan(total!);
  }, 400_000);
});
