import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontWeight } from './draw-ops.ts';
import { withEvenGlyphOffsets } from './even-glyphs.ts';

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
