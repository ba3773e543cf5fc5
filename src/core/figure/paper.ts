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

/** The most characters of a title a file name keeps (the date comes after them). */
const FILE_NAME_TITLE_CHARS = 60;

/**
 * A file name from the figure's title and date: `hinh-3-kcn-me-linh-2026-12-04.png`. A long
 * title is cut after its last whole word that fits (a reader should not see "…khoang-cach-toi");
 * only a single word longer than the limit is cut inside.
 */
export function figureFileName(title: string, date: string, extension: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > FILE_NAME_TITLE_CHARS) break;
    slug = longer;
  }
  if (!slug && words[0]) slug = words[0].slice(0, FILE_NAME_TITLE_CHARS);
  return `${slug || 'giapranh-figure'}-${date}.${extension}`;
}
