import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontWeight } from './draw-ops.ts';
import { withEvenGlyphOffsets } from './even-glyphs.ts';

/** The bundled Noto Sans (a TrueType file each), embedded as subsets of the glyphs used. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * The shaping features left off when the text is laid out for the PDF. Noto Sans's `ccmp`
 * decomposes precomposed letters ("ụ" into "u" + a combining dot below) for mark placement, and
 * pdf-lib writes each subset glyph's ToUnicode entry from the code points of the last run that
 * used it: the "u" glyph then stood for "u" in one place and "ụ" in another, and text copied or
 * searched in the PDF came back as "Khụ" or "Đia". With `ccmp` off every Vietnamese letter (all
 * in NFC) is its own precomposed glyph, which the font draws the same, so each glyph maps to
 * exactly one letter.
 */
const PDF_FEATURES = { ccmp: false } as const;

/** The figure's two faces embedded in a PDF, as its text is drawn with them. */
export async function embedFigureFonts(
  pdf: PDFDocument,
  fonts: PdfFonts,
): Promise<Record<FontWeight, PDFFont>> {
  pdf.registerFontkit(fontkit);
  return {
    regular: await pdf.embedFont(withEvenGlyphOffsets(fonts.regular), {
      subset: true,
      features: PDF_FEATURES,
    }),
    bold: await pdf.embedFont(withEvenGlyphOffsets(fonts.bold), {
      subset: true,
      features: PDF_FEATURES,
    }),
  };
}
