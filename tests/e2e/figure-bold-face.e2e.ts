import { describe, expect, it } from 'vitest';
import { setUpMapApp } from './support/spec.ts';

const browser = setUpMapApp();

describe('a PNG figure’s bold text', () => {
  it('is drawn in a real bold face, loaded when the figure is made (not one the browser fakes)', {
    timeout: 300_000,
  }, async () => {
    const app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 }, { query: '?lang=en' });
    await app.page.getByRole('button', { name: 'Export figure' }).click();
    await app.page
      .getByLabel('Title', { exact: true })
      .fill('Mê Linh – Bình Xuyên: khu công nghiệp');
    await app.page.getByLabel('Size', { exact: true }).selectOption('column');
    await app.page.getByLabel('Column width (cm)').fill('16');
    // Small and coarse: the text is what is checked, and SwiftShader draws the map on the CPU.
    await app.page.getByLabel('Resolution (dpi)').fill('96');
    await app.download('Download PNG');

    // Every face the page has loaded, by family and weight.
    const loaded = await app.page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
    );
    const boldFamilies = loaded
      .filter((face) => Number(face.split(' ').at(-1)) >= 600)
      .map((face) => face.split(' ').slice(0, -1).join(' '));
    expect(boldFamilies.length).toBeGreaterThan(0);
    // The title's Vietnamese letters are in the bold face too: the text needs no fallback.
    const covered = await app.page.evaluate(
      (families) =>
        families.some((family) =>
          document.fonts.check(`700 18px "${family}"`, 'Mê Linh – Bình Xuyên: khu công nghiệp'),
        ),
      boldFamilies,
    );
    expect(covered).toBe(true);
  });
});
