import { PDFDocument } from 'pdf-lib';

const POINTS_PER_MM = 72 / 25.4;

/**
 * A one-page PDF of the figure's PNG at its printed size (the page is the figure: a whole
 * sheet, or a column-wide figure to place in Word), titled for the reader's PDF viewer.
 */
export async function figurePdf(
  png: Uint8Array,
  size: { widthMm: number; heightMm: number },
  meta: { title: string; date: Date },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(meta.title);
  pdf.setCreator('Giáp Ranh');
  pdf.setProducer('Giáp Ranh (pdf-lib)');
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
  const width = size.widthMm * POINTS_PER_MM;
  const height = size.heightMm * POINTS_PER_MM;
  const page = pdf.addPage([width, height]);
  const image = await pdf.embedPng(png);
  page.drawImage(image, { x: 0, y: 0, width, height });
  return pdf.save();
}
