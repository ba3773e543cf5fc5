import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('the embed options', () => {
  it('are set in the dialog, shown in its live preview, and carried by the iframe code', async () => {
    app = await browser.open({ zoom: 10.5, lon: 105.66, lat: 21.26 });
    await app.page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    const markup = 'Hình 3 <img src=x onerror="window.__pwned=1">';
    await app.page.getByLabel('Tiêu đề').fill(markup);
    await app.page.getByRole('combobox', { name: 'Chú giải' }).selectOption('hidden');
    await app.page.getByLabel('Rộng (px)').fill('640');
    const code = await app.page.getByLabel('Mã nhúng').inputValue();
    expect(code).toContain('legend=hidden');
    expect(code).toContain('width="640"');
    expect(code).toContain('title="Hình 3 &lt;img src=x onerror=&quot;window.__pwned=1&quot;>"');

    // The preview is the embed itself, with the options applied: the title as text, no legend.
    const preview = app.page.frameLocator('iframe.embed-preview');
    await expect.poll(() => preview.getByTestId('embed-title').textContent()).toBe(markup);
    expect(await preview.locator('img[src="x"]').count()).toBe(0);
    expect(await preview.getByTestId('legend').count()).toBe(0);

    await app.page.getByRole('combobox', { name: 'Chú giải' }).selectOption('folded');
    await expect
      .poll(() => preview.getByTestId('legend').evaluate((el) => (el as HTMLDetailsElement).open))
      .toBe(false);
    expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
