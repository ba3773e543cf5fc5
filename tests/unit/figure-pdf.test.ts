import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { layerSwatch } from '../../src/core/figure/draw-ops.ts';
import { figureFrame, layoutFigure } from '../../src/core/figure/layout.ts';
import { figurePdf } from '../../src/core/figure/pdf.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { FIGURE_FONTS, ONE_PIXEL_PNG } from './support/figureFonts.ts';

const TITLE = 'Hình 3. Khu công nghiệp Mê Linh – Quang Minh';

/** A whole A4 landscape figure at 100 layout pixels per inch, laid out as the app does. */
function a4Figure() {
  const frame = figureFrame(1169, 827, true);
  // A rough width: the PDF only needs positions, the words are what the test reads back.
  const measure = (text: string, sizePx: number) => text.length * sizePx * 0.55;
  const ops = layoutFigure(
    {
      title: TITLE,
      subtitle: 'Hiện trạng và quy hoạch đến năm 2030',
      legendTitle: 'Chú giải',
      legend: [
        { swatch: layerSwatch(getLayer('industrial-zones')!), title: 'Khu công nghiệp' },
        { swatch: layerSwatch(getLayer('ring-road-5')!), title: 'Đường Vành đai 5' },
      ],
      footer: ['Nguồn: Giáp Ranh · Ngày 2026-12-04', '© OpenStreetMap contributors (ODbL), 2018'],
    },
    frame,
    { metersPerPx: 25, bearingDegrees: 0 },
    measure,
  );
  return { frame, ops };
}

async function makePdf() {
  const { frame, ops } = a4Figure();
  return figurePdf({
    mapPng: ONE_PIXEL_PNG,
    ops,
    layout: { widthPx: frame.widthPx, heightPx: frame.heightPx },
    size: { widthMm: 297, heightMm: 210 },
    fonts: FIGURE_FONTS,
    meta: { title: TITLE, date: new Date('2026-12-04T00:00:00Z') },
  });
}

async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  return content.items.flatMap((item) => ('str' in item && item.str ? [item.str] : []));
}

describe('figure PDFs', () => {
  it('makes one page of the printed size: A4 landscape is 841.89 × 595.28 pt', async () => {
    const pdf = await PDFDocument.load(await makePdf());
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 2);
    expect(height).toBeCloseTo(595.28, 2);
    expect(pdf.getTitle()).toBe(TITLE);
  });

  it('writes the title, legend, scale bar and sources as text in the embedded Noto Sans', async () => {
    const bytes = await makePdf();
    const text = (await pdfText(bytes)).map((value) => value.normalize('NFC'));
    expect(text).toContain(TITLE);
    expect(text).toContain('Hiện trạng và quy hoạch đến năm 2030');
    expect(text).toContain('Chú giải');
    expect(text).toContain('Đường Vành đai 5');
    expect(text).toContain('Nguồn: Giáp Ranh · Ngày 2026-12-04');
    expect(text).toContain('0');
    expect(text.some((value) => /^\d+ k?m$/.test(value))).toBe(true);
    // Two fonts embedded as subsets of the glyphs used, not as the two 600 kB font files.
    expect(bytes.length).toBeLessThan(120_000);
  });

  it('gives the same bytes for the same figure', async () => {
    expect(Buffer.from(await makePdf()).equals(Buffer.from(await makePdf()))).toBe(true);
  });
});
