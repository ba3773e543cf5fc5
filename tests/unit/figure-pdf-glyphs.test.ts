import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { FontWeight } from '../../src/core/figure/draw-ops.ts';
import { withEvenGlyphOffsets } from '../../src/core/figure/even-glyphs.ts';
import { figurePdf } from '../../src/core/figure/pdf.ts';
import { FIGURE_FONTS, ONE_PIXEL_PNG } from './support/figureFonts.ts';

// The figure's title drawn by poppler (Evince, Okular, CUPS) and by pdf.js (Firefox), which both
// showed "Giáp Ranh — bản đồ quy hoạch" as "G — b đ o" when pdf-lib's subset lost glyph bytes.

const TITLE = 'Giáp Ranh — bản đồ quy hoạch Mê Linh, Đông Anh';
/** A strip 900 layout pixels (9 inches) wide and one inch high; a layout pixel is 1/100 inch. */
const WIDTH_PX = 900;
const HEIGHT_PX = 100;
const TEXT = { x: 20, baselineY: 60, sizePx: 28 };
const DPI = 100;
const POINTS_PER_PX = 0.72;

const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;
if (!hasPdftoppm)
  console.warn('pdftoppm not found (apt install poppler-utils): glyph test skipped');

const work = mkdtempSync(join(tmpdir(), 'giapranh-pdf-glyphs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The title as the figure writes it: core/figure/pdf.ts, the fonts subset. */
function figureTitlePdf(weight: FontWeight) {
  return figurePdf({
    mapPng: ONE_PIXEL_PNG,
    ops: [
      {
        kind: 'text',
        text: TITLE,
        x: TEXT.x,
        y: TEXT.baselineY,
        sizePx: TEXT.sizePx,
        weight,
        color: '#000000',
        align: 'left',
      },
    ],
    layout: { widthPx: WIDTH_PX, heightPx: HEIGHT_PX },
    size: { widthMm: (WIDTH_PX / 100) * 25.4, heightMm: (HEIGHT_PX / 100) * 25.4 },
    fonts: FIGURE_FONTS,
    meta: { title: TITLE, date: new Date('2026-12-04T00:00:00Z') },
  });
}

/** The same line with the whole font file embedded (no subset): what the title should look like. */
async function referencePdf(weight: FontWeight) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const page = pdf.addPage([WIDTH_PX * POINTS_PER_PX, HEIGHT_PX * POINTS_PER_PX]);
  const font = await pdf.embedFont(FIGURE_FONTS[weight], { subset: false });
  const size = TEXT.sizePx * POINTS_PER_PX;
  page.drawText(TITLE, {
    x: TEXT.x * POINTS_PER_PX,
    y: (HEIGHT_PX - TEXT.baselineY) * POINTS_PER_PX,
    size,
    font,
    color: rgb(0, 0, 0),
  });
  return { bytes: await pdf.save(), advancePx: (font.widthOfTextAtSize(TITLE, size) / 72) * DPI };
}

/** Poppler's rendering of the page at 100 dpi, as grey levels (0 black, 255 white). */
function renderGrey(bytes: Uint8Array, name: string) {
  const pdfPath = join(work, `${name}.pdf`);
  writeFileSync(pdfPath, bytes);
  const run = spawnSync('pdftoppm', [
    '-r',
    String(DPI),
    '-gray',
    '-singlefile',
    pdfPath,
    join(work, name),
  ]);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr.toString()}`);
  return parsePgm(readFileSync(join(work, `${name}.pgm`)));
}

/** pdf.js's rendering of the page at 100 dpi (its own glyph drawing, as Firefox prints). */
async function renderPdfJs(bytes: Uint8Array): Promise<GreyImage> {
  const document = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const page = await document.getPage(1);
  const viewport = page.getViewport({ scale: DPI / 72 });
  const { canvas, context } = (
    document.canvasFactory as {
      create(width: number, height: number): { canvas: unknown; context: CanvasRenderingContext2D };
    }
  ).create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const [fullWidth, fullHeight] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
  await page.render({ canvasContext: context, canvas: canvas as HTMLCanvasElement, viewport })
    .promise;
  const { width, height, data } = context.getImageData(0, 0, fullWidth, fullHeight);
  // pdf.js leaves the page transparent: no alpha is white paper, full alpha the ink's colour.
  const pixels = new Uint8Array(width * height);
  for (let index = 0; index < pixels.length; index++) {
    pixels[index] = 255 - (data[index * 4 + 3]! * (255 - data[index * 4]!)) / 255;
  }
  await document.destroy();
  return { width, height, pixels };
}

interface GreyImage {
  width: number;
  height: number;
  /** One byte a pixel, row by row: 0 black, 255 white. */
  pixels: Uint8Array;
}

/** A binary (P5) PGM with 8-bit samples. */
function parsePgm(file: Buffer): GreyImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [whole, width, height] = header;
  return {
    width: Number(width),
    height: Number(height),
    pixels: file.subarray(whole.length),
  };
}

/** The columns that hold any ink (a pixel darker than mid grey). */
function inkColumns(image: GreyImage): number[] {
  const columns: number[] = [];
  for (let x = 0; x < image.width; x++) {
    for (let y = 0; y < image.height; y++) {
      if (image.pixels[y * image.width + x]! < 128) {
        columns.push(x);
        break;
      }
    }
  }
  return columns;
}

/** The title's ink spans its advance width and is as dense as the whole font draws it. */
function expectWholeLine(drawn: number[], expected: number[], advancePx: number) {
  // The line's ink spans its advance width (less the side bearings at both ends)...
  const span = drawn.length ? drawn.at(-1)! - drawn[0]! + 1 : 0;
  expect(span).toBeGreaterThan(advancePx * 0.95);
  expect(span).toBeLessThanOrEqual(advancePx + 2);
  // ...and is as dense as the whole font draws it: no glyph left blank.
  expect(drawn.length).toBeGreaterThan(expected.length * 0.98);
  expect(drawn.length).toBeLessThan(expected.length * 1.02);
}

describe.skipIf(!hasPdftoppm)('the figure PDF title drawn by poppler (pdftoppm)', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`draws every glyph of a Vietnamese title in the ${weight} Noto Sans`, async () => {
      const reference = await referencePdf(weight);
      const expected = inkColumns(renderGrey(reference.bytes, `reference-${weight}`));
      const drawn = inkColumns(renderGrey(await figureTitlePdf(weight), `figure-${weight}`));
      expectWholeLine(drawn, expected, reference.advancePx);
    });
  }
});

describe('the figure PDF title drawn by pdf.js', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`draws every glyph of a Vietnamese title in the ${weight} Noto Sans`, async () => {
      const reference = await referencePdf(weight);
      const expected = inkColumns(await renderPdfJs(reference.bytes));
      const drawn = inkColumns(await renderPdfJs(await figureTitlePdf(weight)));
      expectWholeLine(drawn, expected, reference.advancePx);
    });
  }
});

describe('withEvenGlyphOffsets', () => {
  it('moves every glyph record to an even offset, keeping each outline', () => {
    const padded = withEvenGlyphOffsets(FIGURE_FONTS.regular);
    const before = fontkit.create(Buffer.from(FIGURE_FONTS.regular));
    const after = fontkit.create(Buffer.from(padded));
    const offsets = (after as unknown as { loca: { offsets: number[] } }).loca.offsets;
    expect(offsets.every((offset) => offset % 2 === 0)).toBe(true);
    expect(after.numGlyphs).toBe(before.numGlyphs);
    for (const char of 'GiápRnhđồạĐÊ—') {
      const [glyphBefore] = before.layout(char).glyphs;
      const [glyphAfter] = after.layout(char).glyphs;
      expect(glyphAfter!.path.toSVG()).toBe(glyphBefore!.path.toSVG());
      expect(glyphAfter!.advanceWidth).toBe(glyphBefore!.advanceWidth);
    }
  });

  it('returns a font whose records are already at even offsets as it is', () => {
    const padded = withEvenGlyphOffsets(FIGURE_FONTS.bold);
    expect(withEvenGlyphOffsets(padded)).toBe(padded);
  });

  it('says the file is not a TrueType font rather than writing a broken one', () => {
    expect(() => withEvenGlyphOffsets(new TextEncoder().encode('<html>not found</html>'))).toThrow(
      /not a TrueType/,
    );
  });
});
