import { describe, expect, it } from 'vitest';
import { layerSwatch } from '../../src/core/figure/draw-ops.ts';
import {
  type FigureText,
  layoutFigure,
  type MeasureText,
  planFigureFrame,
} from '../../src/core/figure/layout.ts';
import { figureSize } from '../../src/core/figure/paper.ts';
import { figurePdf } from '../../src/core/figure/pdf.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { hasPdftotext, pdfWordBoxes, wordsPastRightMargin } from '../support/pdfWordBoxes.ts';
import { FIGURE_FONTS, ONE_PIXEL_PNG } from './support/figureFonts.ts';
import { pdfTextMeasure } from './support/pdfTextMeasure.ts';

// A report writer's 12 cm column figure at 150 dpi with a long Vietnamese title: the PNG kept its
// margin, the PDF's wrapped title ran to the page's right edge. Read back with poppler's
// `pdftotext -bbox`, the boxes of the words as a PDF viewer places them.

if (!hasPdftotext) console.warn('pdftotext not found (apt install poppler-utils): test skipped');

/** A narrow figure's side margin in layout pixels (see core/figure/narrow-layout). */
const MARGIN_PX = 10;

const TEXT: FigureText = {
  title:
    'Hình 12. Khoảng cách từ các khu công nghiệp hiện hữu và quy hoạch tới đường Vành đai 4 và ranh giới hành chính giữa hai tỉnh',
  subtitle: 'Tỉnh Vĩnh Phúc (cũ) và huyện Mê Linh — địa giới hành chính năm 2019, hiện trạng 2026',
  legendTitle: 'Chú giải',
  legend: [
    {
      swatch: layerSwatch(getLayer('industrial-zones')!),
      title: 'Khu công nghiệp đã thành lập và khu công nghiệp trong quy hoạch đến năm 2030',
    },
    { swatch: layerSwatch(getLayer('ring-road-5')!), title: 'Đường Vành đai 5 vùng Thủ đô' },
  ],
  footer: [
    'Nguồn: Giáp Ranh, dữ liệu quy hoạch tổng hợp · độ chính xác ±50 m · Ngày 2026-12-04',
    '© OpenStreetMap contributors (ODbL), dữ liệu nền 2018',
  ],
};

/** A 12 cm column figure at 150 dpi, laid out with `measure` and drawn as the app's PDF. */
async function columnPdf(measure: MeasureText): Promise<{ bytes: Uint8Array; widthPx: number }> {
  const size = figureSize({
    paper: 'A4',
    orientation: 'portrait',
    fit: { kind: 'column', widthCm: 12 },
    dotsPerInch: 150,
  });
  if ('error' in size) throw new Error(size.error);
  const frame = planFigureFrame(TEXT, size.widthPx, size.heightPx, measure);
  const ops = layoutFigure(TEXT, frame, { metersPerPx: 25, bearingDegrees: 0 }, measure);
  const bytes = await figurePdf({
    mapPng: ONE_PIXEL_PNG,
    ops,
    layout: { widthPx: size.widthPx, heightPx: size.heightPx },
    size,
    fonts: FIGURE_FONTS,
    meta: { title: TEXT.title, date: new Date('2026-12-04T00:00:00Z') },
  });
  return { bytes, widthPx: size.widthPx };
}

describe('a PDF column figure with a long Vietnamese title', () => {
  it.skipIf(!hasPdftotext)('keeps every word inside the right margin', async () => {
    const measure = await pdfTextMeasure(FIGURE_FONTS);
    const { bytes, widthPx } = await columnPdf(measure);
    const read = pdfWordBoxes(bytes);
    const { pageWidth, words } = read;
    const pointsPerPx = pageWidth / widthPx;
    // 12 cm is 340.16 pt.
    expect(pageWidth).toBeCloseTo(340.16, 1);
    // The title wrapped onto several lines, and every word of it is on the page.
    const titleWords = TEXT.title.split(' ');
    expect(words.map((box) => box.word)).toEqual(expect.arrayContaining(titleWords));
    expect(wordsPastRightMargin(read, MARGIN_PX * pointsPerPx)).toEqual([]);
    // And each line of the title reaches well past the middle: the wrap uses the room it has.
    const widest = Math.max(...words.map((box) => box.xMax));
    expect(widest).toBeGreaterThan(pageWidth * 0.8);
  });
});
