import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { figurePdf } from '../../src/core/figure/pdf.ts';

// A 1 × 1 white PNG: the page size comes from the paper, not from the image's pixels.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('figure PDFs', () => {
  it('makes one page of the printed size: A4 landscape is 841.89 × 595.28 pt', async () => {
    const bytes = await figurePdf(
      PNG,
      { widthMm: 297, heightMm: 210 },
      {
        title: 'Hình 3. KCN Mê Linh',
        date: new Date('2026-12-04T00:00:00Z'),
      },
    );
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 2);
    expect(height).toBeCloseTo(595.28, 2);
    expect(pdf.getTitle()).toBe('Hình 3. KCN Mê Linh');
  });
});
