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
