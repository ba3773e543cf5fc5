import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { FontWeight } from './draw-ops.ts';
import { withEvenGlyphOffsets } from './even-glyphs.ts';
import type { MeasureText } from './layout.ts';

/** The bundled Noto Sans (a TrueType file each), embedded as subsets of the glyphs used. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The figure's two faces embedded in a PDF, as its text is drawn with them. */
export async function embedFigureFonts(
  pdf: PDFDocument,
  fonts: PdfFonts,
): Promise<Record<FontWeight, PDFFont>> {
  pdf.registerFontkit(fontkit);
  return {
    regular: await pdf.embedFont(withEvenGlyphOffsets(fonts.regular), { subset: true }),
    bold: await pdf.embedFont(withEvenGlyphOffsets(fonts.bold), { subset: true }),
  };
}

/**
 * The width of a text as the figure's PDF draws it: the advance widths of the fonts it embeds
 * (what a viewer lays the glyphs out with), not a canvas's. The PDF's text must be wrapped with
 * these: the page's canvas measures another build of Noto Sans (and synthesizes its bold), so a
 * line wrapped to fit there ran past the PDF's right margin.
 */
export async function pdfTextMeasure(fonts: PdfFonts): Promise<MeasureText> {
  const embedded = await embedFigureFonts(await PDFDocument.create(), fonts);
  return (value, sizePx, weight) => embedded[weight].widthOfTextAtSize(value, sizePx);
}
