import { PDFDocument } from 'pdf-lib';
import type { MeasureText } from '../../../src/core/figure/layout.ts';
import { embedFigureFonts, type PdfFonts } from '../../../src/core/figure/pdf-fonts.ts';

/**
 * The width of a text as the figure's PDF draws it: pdf-lib's own measure of the fonts it
 * embeds (the page measures the same files on a canvas, see map/figure/pdfTextMeasure).
 */
export async function pdfTextMeasure(fonts: PdfFonts): Promise<MeasureText> {
  const embedded = await embedFigureFonts(await PDFDocument.create(), fonts);
  return (value, sizePx, weight) => embedded[weight].widthOfTextAtSize(value, sizePx);
}
