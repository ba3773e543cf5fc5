import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

describe('a bundled feature’s source in the inspector', () => {
  it('is in Vietnamese in the Vietnamese UI and in English in the English one', async () => {
    const app = await browser.open();
    // Bá Thiện II industrial park, under the default camera (the UI opens in Vietnamese).
    await app.clickAt(105.6672, 21.3325);
    await expect.poll(() => app.inspectorTitle().textContent()).toBe('Khu công nghiệp Bá Thiện II');
    const inspector = app.page.getByTestId('inspector');
    const source = inspector.locator('dl.headline dt:text-is("Nguồn") + dd');
    expect(await source.textContent()).toMatch(/điểm định vị trên một bản đồ khu công nghiệp/);
    expect(await inspector.locator('th', { hasText: /tiếng Anh/ }).count()).toBe(0);

    await app.switchLanguage('English');
    await expect
      .poll(() => inspector.locator('dl.headline dt:text-is("Source") + dd').textContent())
      .toMatch(/point geocoded in a public HTML industrial-zone map/);
  });
});
