import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url';
import type { MeasureText } from '../../core/figure/layout.ts';

/** A family of its own, so the page's "Noto Sans" (other files, no semibold) is not used. */
const PDF_FAMILY = 'Giap Ranh PDF Noto Sans';
/**
 * Text is measured this large and scaled down: at 10 px a canvas may round each glyph's advance
 * to whole pixels, which adds up over a line.
 */
const MEASURE_PX = 200;

let facesLoaded: Promise<void> | null = null;

/** Loads the PDF's two font files as canvas faces, once per page. */
function loadPdfFaces(): Promise<void> {
  facesLoaded ??= Promise.all([
    new FontFace(PDF_FAMILY, `url("${regularUrl}")`, { weight: '400' }).load(),
    new FontFace(PDF_FAMILY, `url("${boldUrl}")`, { weight: '600' }).load(),
  ]).then(
    (faces) => {
      for (const face of faces) document.fonts.add(face);
    },
    (error: unknown) => {
      facesLoaded = null;
      throw new Error(`the figure font could not be loaded (${String(error)})`);
    },
  );
  return facesLoaded;
}

/**
 * The width of a text in the PDF figure: measured with the very font files the figure worker
 * embeds (`workers/figure.worker.ts` loads the same two) and without kerning, which pdf-lib does
 * not apply, so the text the page wraps fits the PDF's margins. A canvas rather than pdf-lib's
 * own measure (`core/figure/pdf-fonts`): fontkit's first layout of a text reads the font's
 * substitution tables, half a second on the page's main thread.
 */
export async function pdfFigureTextMeasure(): Promise<MeasureText> {
  await loadPdfFaces();
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('this browser cannot draw a 2D canvas');
  return (value, sizePx, weight) => {
    context.font = `${weight === 'bold' ? 600 : 400} ${MEASURE_PX}px "${PDF_FAMILY}"`;
    context.fontKerning = 'none';
    return (context.measureText(value).width * sizePx) / MEASURE_PX;
  };
}
