/** ISO paper sizes a report uses, portrait, in millimetres. */
export const PAPER_MM = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } };

export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'portrait' | 'landscape';

/**
 * What the planner asks for: a whole sheet, or a figure one column of a Word page wide (the
 * height follows the sheet's proportions), at a resolution.
 */
export interface FigureLayout {
  paper: Paper;
  orientation: Orientation;
  fit: { kind: 'page' } | { kind: 'column'; widthCm: number };
  dotsPerInch: number;
}

/** A figure's size: layout pixels (what text is sized in), the pixel ratio, and the print. */
export interface FigureSize {
  /** Layout (CSS) pixels, 1/100 inch each, so screen-sized text reads as ~8–10 pt in print. */
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
  dotsPerInch: number;
  /** The PNG's exact pixels: the printed size at `dotsPerInch`. */
  imageWidthPx: number;
  imageHeightPx: number;
  widthMm: number;
  heightMm: number;
}

export const LAYOUT_PX_PER_INCH = 100;
export const MIN_DPI = 96;
export const MAX_DPI = 300;
const MM_PER_INCH = 25.4;
const MIN_COLUMN_CM = 3;

/** The sheet in an orientation, millimetres. */
export function sheetMm(paper: Paper, orientation: Orientation) {
  const { width, height } = PAPER_MM[paper];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/**
 * The size of a figure, or why the layout cannot be made (a resolution outside 96–300 dpi, a
 * column narrower than 3 cm or wider than the sheet). A4 landscape, whole page, 300 dpi is
 * 3508 × 2480 pixels.
 */
export function figureSize(layout: FigureLayout): FigureSize | { error: string } {
  const { dotsPerInch } = layout;
  if (!Number.isInteger(dotsPerInch) || dotsPerInch < MIN_DPI || dotsPerInch > MAX_DPI)
    return {
      error: `resolution must be a whole number from ${MIN_DPI} to ${MAX_DPI} dpi, got ${dotsPerInch}`,
    };
  const sheet = sheetMm(layout.paper, layout.orientation);
  let widthMm = sheet.width;
  let heightMm = sheet.height;
  if (layout.fit.kind === 'column') {
    const widthCm = layout.fit.widthCm;
    const maxCm = sheet.width / 10;
    if (!Number.isFinite(widthCm) || widthCm < MIN_COLUMN_CM || widthCm > maxCm)
      return { error: `column width must be from ${MIN_COLUMN_CM} to ${maxCm} cm, got ${widthCm}` };
    widthMm = widthCm * 10;
    heightMm = (widthMm * sheet.height) / sheet.width;
  }
  const imageWidthPx = Math.round((widthMm / MM_PER_INCH) * dotsPerInch);
  const imageHeightPx = Math.round((heightMm / MM_PER_INCH) * dotsPerInch);
  const pixelRatio = dotsPerInch / LAYOUT_PX_PER_INCH;
  return {
    widthPx: imageWidthPx / pixelRatio,
    heightPx: imageHeightPx / pixelRatio,
    pixelRatio,
    dotsPerInch,
    imageWidthPx,
    imageHeightPx,
    widthMm,
    heightMm,
  };
}

/** A file name from the figure's title and date: `hinh-3-kcn-me-linh-2026-12-04.png`. */
export function figureFileName(title: string, date: string, extension: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'giapranh-figure'}-${date}.${extension}`;
}
