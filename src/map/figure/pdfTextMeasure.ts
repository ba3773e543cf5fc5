import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url';
import type { MeasureText } from '../../core/figure/layout.ts';

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the figure font could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The width of a text in the PDF figure: measured with the very font files the figure worker
 * embeds (`workers/figure.worker.ts` loads the same two), so the text the page wraps fits the
 * PDF's margins. pdf-lib and fontkit load only when a PDF is asked for.
 */
export async function pdfFigureTextMeasure(): Promise<MeasureText> {
  const [{ pdfTextMeasure }, regular, bold] = await Promise.all([
    import('../../core/figure/pdf-fonts.ts'),
    fontBytes(regularUrl),
    fontBytes(boldUrl),
  ]);
  return pdfTextMeasure({ regular, bold });
}
