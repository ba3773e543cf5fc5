import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

describe('the embed dialog’s size fields', () => {
  it('take a width and a height typed key by key over the old values', async () => {
    app = await browser.open({ zoom: 10.5, lon: 105.66, lat: 21.26 });
    await app.page.getByRole('button', { name: 'Nhúng bản đồ' }).click();
    const typeOver = async (label: string, text: string) => {
      await app.page.getByLabel(label).click();
      await app.page.keyboard.press('Control+A');
      await app.page.keyboard.type(text);
    };
    await typeOver('Rộng (px)', '390');
    await typeOver('Cao (px)', '600');
    const code = await app.page.getByLabel('Mã nhúng').inputValue();
    expect(code).toContain('width="390" height="600"');

    // Out of range or emptied: the code keeps a usable size, and the field shows it on leaving.
    await typeOver('Rộng (px)', '12');
    await app.page.getByLabel('Cao (px)').fill('');
    await app.page.getByLabel('Tiêu đề').click();
    expect(await app.page.getByLabel('Rộng (px)').inputValue()).toBe('100');
    expect(await app.page.getByLabel('Cao (px)').inputValue()).toBe('600');
    expect(await app.page.getByLabel('Mã nhúng').inputValue()).toContain(
      'width="100" height="600"',
    );
  });
});
