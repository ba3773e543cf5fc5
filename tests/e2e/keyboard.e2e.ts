import { describe, expect, it } from 'vitest';
import { bundledPolygon, middleOf } from './support/bundled.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
const KHAI_QUANG = bundledPolygon('industrial-zones', 'iz-khai-quang');

describe('keyboard and small things a planner hit', () => {
  it('opens the shortcuts on ?, keeps Tab inside the dialog and gives the focus back on Esc', async () => {
    const app = await browser.open();
    const about = app.page.getByRole('button', { name: 'Về dữ liệu' });
    await about.focus();
    await app.page.keyboard.press('?');
    const dialog = app.page.getByRole('dialog', { name: 'Phím tắt' });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 4; i++) {
      await app.page.keyboard.press('Tab');
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await app.page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await about.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('gives MapLibre’s controls Vietnamese tooltips, and English ones in English', async () => {
    const app = await browser.open();
    const zoomIn = app.page.locator('.maplibregl-ctrl-zoom-in');
    await expect.poll(() => zoomIn.getAttribute('title')).toBe('Phóng to');
    await app.switchLanguage('English');
    await expect.poll(() => zoomIn.getAttribute('title')).toBe('Zoom in');
    expect(await app.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe(
      'Zoom out',
    );
  });

  it('keeps the inspector clear of the 2019 notice at 1024 × 768', async () => {
    const { lon, lat } = middleOf(KHAI_QUANG);
    const app = await browser.open({ zoom: 13, lon, lat }, { size: { width: 1024, height: 768 } });
    await app.clickAt(lon, lat);
    const inspector = app.page.getByTestId('inspector');
    await inspector.waitFor();
    const a = await inspector.boundingBox();
    const b = await app.page.getByTestId('notice-2025').boundingBox();
    if (!a || !b) throw new Error('inspector or notice not on screen');
    const overlaps =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlaps).toBe(false);
  });

  it('reaches the features stacked under a click: the zone, then the district under it', async () => {
    const { lon, lat } = middleOf(KHAI_QUANG);
    const app = await browser.open({ zoom: 13, lon, lat });
    await app.clickAt(lon, lat);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Khu công nghiệp Khai Quang');
    const position = app.page.getByTestId('stack-position');
    await expect.poll(() => position.textContent()).toMatch(/^Đối tượng 1\/[2-9]/);
    const count = Number(/\/(\d+)/.exec((await position.textContent()) ?? '')?.[1]);
    await app.page.getByTestId('stack-next').click();
    await expect.poll(() => position.textContent()).toMatch(/^Đối tượng 2\//);
    const titles = new Set([await app.inspectorTitle().textContent()]);
    for (let i = 2; i < count; i++) {
      await app.page.getByTestId('stack-next').click();
      titles.add(await app.inspectorTitle().textContent());
    }
    expect(titles).toContain('Thành phố Vĩnh Yên');
    await app.page.getByTestId('stack-next').click();
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Khu công nghiệp Khai Quang');
  });

  it('moves between the sidebar tabs with the arrow keys, each tab naming its panel', async () => {
    const app = await browser.open();
    const layersTab = app.page.getByRole('tab', { name: 'Lớp bản đồ' });
    await layersTab.focus();
    await app.page.keyboard.press('ArrowRight');
    const analysisTab = app.page.getByRole('tab', { name: 'Phân tích' });
    await expect.poll(() => analysisTab.getAttribute('aria-selected')).toBe('true');
    expect(await analysisTab.evaluate((el) => el === document.activeElement)).toBe(true);
    const panelId = await analysisTab.getAttribute('aria-controls');
    const panel = app.page.locator(`[id="${panelId}"]`);
    expect(await panel.getAttribute('role')).toBe('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await analysisTab.getAttribute('id'));
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => layersTab.getAttribute('aria-selected')).toBe('true');
  });
});
