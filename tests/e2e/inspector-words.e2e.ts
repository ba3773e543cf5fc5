import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('the inspector in Vietnamese', () => {
  it('names the English-name row in Vietnamese, with the glossary’s word for accuracy', async () => {
    app = await browser.open();
    // Bá Thiện II industrial park, under the default camera.
    await app.clickAt(105.6672, 21.3325);
    const inspector = app.page.getByTestId('inspector');
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Khu công nghiệp Bá Thiện II');
    const terms = await inspector.locator('dl.headline dt').allTextContents();
    expect(terms).toContain('Tên tiếng Anh');
    expect(terms).not.toContain('English');
    expect(terms).toContain('Độ chính xác');
  });
});

describe('a bundled feature’s note in the inspector', () => {
  it('is in Vietnamese in the Vietnamese UI and in English in the English one, shown once', async () => {
    app = await browser.open();
    await app.clickAt(105.6672, 21.3325);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Khu công nghiệp Bá Thiện II');
    const row = (label: string) =>
      app.page.getByTestId('inspector').locator('table.properties tr', {
        has: app.page.locator('th', { hasText: new RegExp(`^${label}$`) }),
      });
    expect(await row('Ghi chú').locator('td').textContent()).toMatch(
      /^Tại xã Thiện Kế, Bình Xuyên; nối với KCN Thăng Long Vĩnh Phúc/,
    );
    expect(await row('Ghi chú tiếng Anh').count()).toBe(0);

    await app.switchLanguage('English');
    await expect
      .poll(() => row('Notes').locator('td').textContent())
      .toMatch(/^In Thiện Kế commune, Bình Xuyên; linked to Thăng Long Vĩnh Phúc IZ/);
    expect(await row('Notes in English').count()).toBe(0);
  });
});
