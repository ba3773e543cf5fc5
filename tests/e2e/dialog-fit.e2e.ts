import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('a dialog taller than the window', () => {
  it('keeps its heading and close button on screen and scrolls to its last button', async () => {
    // 1280 × 640: the embed dialog (options, preview, code) is taller than the window.
    app = await browser.open(undefined, { size: { width: 1280, height: 640 } });
    await app.page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Nhúng bản đồ' });
    await dialog.waitFor();
    // It opens over the map area, from its top at the highest, not over the bar above or off
    // the window (where its heading and close button were cut off).
    const [dialogBox, mapAreaBox] = await Promise.all([
      dialog.boundingBox(),
      app.page.locator('#map-area').boundingBox(),
    ]);
    expect(dialogBox?.y).toBeGreaterThanOrEqual((mapAreaBox?.y ?? 0) - 1);

    // The last button is reached by scrolling, and the close button still closes it.
    await dialog.getByRole('button', { name: 'Sao chép', exact: true }).scrollIntoViewIfNeeded();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
