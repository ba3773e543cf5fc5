import { describe, expect, it } from 'vitest';
import { hasPdftotext, pdfWordBoxes, wordsPastRightMargin } from '../support/pdfWordBoxes.ts';
import { setUpMapApp } from './support/spec.ts';

// What a report writer saw: a 12 cm column figure at 150 dpi with a long Vietnamese title kept
// its margin as a PNG, while in the PDF the wrapped title ran to the page's right edge.

const browser = setUpMapApp();

const TITLE =
  'Khoảng cách từ các khu công nghiệp hiện hữu và quy hoạch tới đường Vành đai 4 và ranh giới hành chính giữa hai tỉnh';
/** A narrow figure's side margin (core/figure/narrow-layout): 10 layout pixels of 1/100 inch. */
const MARGIN_PT = 10 * 0.72;

describe('a PDF figure one 12 cm column wide', () => {
  it.skipIf(!hasPdftotext)('keeps a long wrapped title inside its right margin', async () => {
    const app = await browser.open({ zoom: 10.4, lon: 105.66, lat: 21.27 });
    await app.page.getByRole('button', { name: 'Xuất hình' }).click();
    await app.page.getByLabel('Tiêu đề').fill(TITLE);
    await app.page.getByLabel('Số hình').fill('12');
    await app.page.getByLabel('Hướng giấy').selectOption({ label: 'Dọc' });
    await app.page.getByLabel('Kích thước', { exact: true }).selectOption('column');
    await app.page.getByLabel('Chiều rộng cột (cm)').fill('12');
    await app.page.getByLabel('Độ phân giải (dpi)').fill('150');
    const figure = await app.download('Tải PDF');

    const read = pdfWordBoxes(new Uint8Array(figure.bytes));
    const { pageWidth, words } = read;
    expect(pageWidth).toBeCloseTo(340.16, 1);
    expect(words.map((box) => box.word)).toEqual(expect.arrayContaining(TITLE.split(' ')));
    expect(wordsPastRightMargin(read, MARGIN_PT)).toEqual([]);
    // And the wrap uses the room it has: a line of the title reaches near the margin.
    expect(Math.max(...words.map((box) => box.xMax))).toBeGreaterThan(0.85 * pageWidth);
  });
});
