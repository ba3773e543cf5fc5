import { describe, expect, it } from 'vitest';
import type { MapApp } from './support/mapApp.ts';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();
let app: MapApp;

/** How much wider the search box's placeholder is than the room for it (≤ 0: it fits). */
async function placeholderOverflowPx(): Promise<number> {
  return app.page.getByTestId('search-input').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room =
      input.clientWidth -
      Number.parseFloat(style.paddingLeft) -
      Number.parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width - room;
  });
}

describe('the search box', () => {
  it.each([
    [1400, 900, 'vi'],
    [1400, 900, 'en'],
    [390, 844, 'vi'],
    [390, 844, 'en'],
  ])('shows its whole placeholder at %i × %i in %s', async (width, height, lang) => {
    app = await browser.open(undefined, { size: { width, height }, query: `?lang=${lang}` });
    await app.page.evaluate(() => document.fonts.ready);
    expect(await placeholderOverflowPx()).toBeLessThanOrEqual(0);
  });
});
