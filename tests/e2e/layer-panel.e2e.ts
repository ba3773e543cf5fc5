import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

const zonesRow = () => app.page.locator('[data-layer-id="industrial-zones"]');
const zonesActions = () =>
  app.page.getByRole('button', { name: 'Thao tác với lớp: Khu công nghiệp', exact: true });
const focusedLabel = () =>
  app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** How many layer rows a 1280 × 800 screen shows whole, without scrolling the panel. */
async function rowsInView(): Promise<number> {
  return app.page.locator('.layer-row').evaluateAll((rows) => {
    const panel = rows[0]?.closest('.tab-panel, .sidebar') ?? document.body;
    const bottom = Math.min(panel.getBoundingClientRect().bottom, window.innerHeight);
    return rows.filter((row) => row.getBoundingClientRect().bottom <= bottom).length;
  });
}

describe('the layer panel', () => {
  it('shows one line per layer at 1280 × 800: the actions are folded until asked for', async () => {
    app = await browser.open(undefined, { size: { width: 1280, height: 800 } });
    expect(await rowsInView()).toBeGreaterThanOrEqual(8);
    expect(await app.page.getByRole('slider').count()).toBe(0);
    expect(await app.page.getByRole('button', { name: /^Xuất lớp:/ }).count()).toBe(0);
    // The empty layer's hint stays on its row.
    expect(
      await app.page.locator('[data-layer-id="monitoring-stations"] .layer-empty').count(),
    ).toBe(1);
  });

  it('opens a row’s actions from the keyboard, and Esc folds them and gives the focus back', async () => {
    app = await browser.open();
    await zonesActions().focus();
    await app.page.keyboard.press('Enter');
    expect(await zonesActions().getAttribute('aria-expanded')).toBe('true');
    const slider = zonesRow().getByRole('slider', { name: 'Độ mờ đục: Khu công nghiệp' });
    await slider.waitFor();
    for (const name of [
      'Thu phóng tới lớp: Khu công nghiệp',
      'Nhập tệp… Khu công nghiệp',
      'Xuất lớp: Khu công nghiệp',
    ])
      expect(await zonesRow().getByRole('button', { name }).isVisible(), name).toBe(true);

    await app.page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Độ mờ đục: Khu công nghiệp');
    await app.page.keyboard.press('Escape');
    await slider.waitFor({ state: 'hidden' });
    expect(await zonesActions().getAttribute('aria-expanded')).toBe('false');
    expect(await focusedLabel()).toBe('Thao tác với lớp: Khu công nghiệp');
  });
});
