import { describe, expect, it } from 'vitest';
import { figureFileName, figureSize } from '../../src/core/figure/paper.ts';

const page = { kind: 'page' } as const;

describe('figure sizes on paper', () => {
  it('makes a whole A4 landscape sheet at 300 dpi 3508 × 2480 pixels', () => {
    const size = figureSize({ paper: 'A4', orientation: 'landscape', fit: page, dotsPerInch: 300 });
    expect(size).toMatchObject({ imageWidthPx: 3508, imageHeightPx: 2480, pixelRatio: 3 });
    if ('error' in size) throw new Error(size.error);
    // What the composer draws: layout pixels × pixel ratio, rounded, is exactly the image.
    expect(Math.round(size.widthPx * size.pixelRatio)).toBe(3508);
    expect(Math.round(size.heightPx * size.pixelRatio)).toBe(2480);
  });

  it('turns A3 portrait and a 16 cm column at 150 dpi into their printed pixels', () => {
    expect(
      figureSize({ paper: 'A3', orientation: 'portrait', fit: page, dotsPerInch: 200 }),
    ).toMatchObject({ imageWidthPx: 2339, imageHeightPx: 3307, widthMm: 297, heightMm: 420 });
    expect(
      figureSize({
        paper: 'A4',
        orientation: 'landscape',
        fit: { kind: 'column', widthCm: 16 },
        dotsPerInch: 150,
      }),
    ).toMatchObject({ imageWidthPx: 945, imageHeightPx: 668, widthMm: 160 });
  });

  it('says why a layout cannot be made', () => {
    const a4 = { paper: 'A4', orientation: 'portrait' } as const;
    expect(figureSize({ ...a4, fit: page, dotsPerInch: 600 })).toEqual({
      error: 'resolution must be a whole number from 96 to 300 dpi, got 600',
    });
    expect(figureSize({ ...a4, fit: { kind: 'column', widthCm: 25 }, dotsPerInch: 300 })).toEqual({
      error: 'column width must be from 3 to 21 cm, got 25',
    });
  });

  it('names the file after the title and the date, without diacritics', () => {
    expect(figureFileName('Hình 3: KCN Mê Linh – Đồng Văn', '2026-12-04', 'png')).toBe(
      'hinh-3-kcn-me-linh-dong-van-2026-12-04.png',
    );
    expect(figureFileName('<>', '2026-12-04', 'png')).toBe('giapranh-figure-2026-12-04.png');
  });

  it('cuts a long title after a whole word, keeping the date', () => {
    const title =
      'Hình 12. Các khu công nghiệp dọc quốc lộ 23 và khoảng cách tới ranh giới hai tỉnh';
    const name = figureFileName(title, '2026-12-04', 'pdf');
    expect(name).toBe('hinh-12-cac-khu-cong-nghiep-doc-quoc-lo-23-va-khoang-cach-2026-12-04.pdf');
    const slug = name.slice(0, -'-2026-12-04.pdf'.length);
    expect(slug.length).toBeLessThanOrEqual(60);
    // Every part of the name is a whole word of the title.
    const titleWords =
      'hinh 12 cac khu cong nghiep doc quoc lo 23 va khoang cach toi ranh gioi hai tinh';
    for (const word of slug.split('-')) expect(titleWords.split(' ')).toContain(word);
  });

  it('cuts a single word longer than the limit inside it', () => {
    const name = figureFileName('x'.repeat(80), '2026-12-04', 'png');
    expect(name).toBe(`${'x'.repeat(60)}-2026-12-04.png`);
  });
});
