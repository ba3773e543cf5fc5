import type { DrawOp, FontWeight } from './draw-ops.ts';
import type { FigureText, MeasureText } from './layout.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Below this width (layout pixels: 6 in, a 15 cm column) the legend no longer goes over the map,
 * where its 250 px box would cover half of it and reach the scale bar, but under it.
 */
export const NARROW_FIGURE_PX = 600;
/** The map keeps at least this share of a narrow figure's height; the text shrinks to allow it. */
const MIN_MAP_SHARE = 0.4;
/**
 * Below this share of the height, even at the smallest text, the map is too small to be worth a
 * figure: the planner is asked for a larger size rather than given a strip of map.
 */
const MIN_FIT_SHARE = 0.25;
/** The text is never shrunk below this share of its size (11 px legend text: ~6 pt in print). */
export const MIN_TEXT_SCALE = 0.75;
const MARGIN = 10;
const GAP = 12;
/** A legend column is at least this wide (at text scale 1); more columns when they fit. */
const MIN_COLUMN_PX = 170;
const SWATCH_PX = 20;
const SWATCH_ROW_PX = 14;
const INK = '#1f2328';
const MUTED = '#5b6370';

/** The bands of a narrow figure, top to bottom, and the text size they were planned at. */
export interface NarrowPlan {
  /** Every text size is multiplied by this (from 1 down to MIN_TEXT_SCALE). */
  textScale: number;
  /** Whether the map keeps a useful share of the height (if not, the figure is not made). */
  fits: boolean;
  titleHeight: number;
  map: { x: number; y: number; width: number; height: number };
  legendTop: number;
  footerTop: number;
}

interface Bands {
  title: { lines: string[]; sizePx: number; lineHeight: number }[];
  titleHeight: number;
  columns: { lines: string[]; swatch: FigureText['legend'][number]['swatch'] }[][];
  columnWidth: number;
  legendHeight: number;
  footer: string[];
  footerHeight: number;
}

/**
 * The title, legend and small print of a figure too narrow for the legend over the map: each
 * wrapped to the width (never cut, never squeezed), the legend in as many columns as fit, at a
 * text scale from 1 down to MIN_TEXT_SCALE so that the map keeps MIN_MAP_SHARE of the height
 * when it can. A figure whose map would keep less than MIN_FIT_SHARE does not fit (`fits`).
 */
export function planNarrowFigure(
  text: FigureText,
  widthPx: number,
  heightPx: number,
  measure: MeasureText,
): NarrowPlan {
  let textScale = 1;
  let bands = measureBands(text, widthPx, textScale, measure);
  while (textScale > MIN_TEXT_SCALE && heightPx - bandsHeight(bands) < MIN_MAP_SHARE * heightPx) {
    textScale = Math.max(MIN_TEXT_SCALE, textScale - 0.05);
    bands = measureBands(text, widthPx, textScale, measure);
  }
  const mapHeight = Math.max(0, heightPx - bandsHeight(bands));
  const map = { x: 0, y: bands.titleHeight, width: widthPx, height: mapHeight };
  const legendTop = map.y + map.height;
  return {
    textScale,
    fits: mapHeight >= MIN_FIT_SHARE * heightPx,
    titleHeight: bands.titleHeight,
    map,
    legendTop,
    footerTop: legendTop + bands.legendHeight,
  };
}

const bandsHeight = (bands: Bands) => bands.titleHeight + bands.legendHeight + bands.footerHeight;

function measureBands(text: FigureText, widthPx: number, s: number, measure: MeasureText): Bands {
  const width = widthPx - 2 * MARGIN;
  const wrapAt = (value: string, sizePx: number, weight: FontWeight, max = width) =>
    wrapText(value, max, (part) => measure(part, sizePx, weight));
  const title = [{ lines: wrapAt(text.title, 18 * s, 'bold'), sizePx: 18 * s, lineHeight: 22 * s }];
  if (text.subtitle) {
    title.push({
      lines: wrapAt(text.subtitle, 13 * s, 'regular'),
      sizePx: 13 * s,
      lineHeight: 17 * s,
    });
  }
  const titleHeight =
    10 + title.reduce((sum, block) => sum + block.lines.length * block.lineHeight, 0) + 4;
  const count = Math.max(1, Math.floor((width + GAP) / (MIN_COLUMN_PX * s + GAP)));
  const columnWidth = (width - (count - 1) * GAP) / count;
  const entries = text.legend.map((entry) => ({
    swatch: entry.swatch,
    lines: wrapAt(entry.title, 11 * s, 'regular', columnWidth - SWATCH_PX - 8),
  }));
  const columns = balanceColumns(entries, Math.min(count, Math.max(1, entries.length)), s);
  const tallest = Math.max(0, ...columns.map((column) => columnHeight(column, s)));
  const legendHeight = entries.length === 0 ? 0 : 8 + 16 * s + tallest + 4;
  const footer = text.footer.flatMap((line) => wrapAt(line, 10 * s, 'regular'));
  const footerHeight = footer.length * 13 * s + 10;
  return { title, titleHeight, columns, columnWidth, legendHeight, footer, footerHeight };
}

const entryHeight = (lines: number, s: number) =>
  Math.max(SWATCH_ROW_PX, 14 * s) + (lines - 1) * 14 * s + 4;

function columnHeight(column: readonly { lines: string[] }[], s: number): number {
  return column.reduce((sum, entry) => sum + entryHeight(entry.lines.length, s), 0);
}

/** Splits the entries, in order, into `count` columns of about the same height. */
function balanceColumns<T extends { lines: string[] }>(entries: T[], count: number, s: number) {
  const total = columnHeight(entries, s);
  const columns: T[][] = [[]];
  let height = 0;
  for (const entry of entries) {
    const next = entryHeight(entry.lines.length, s);
    const current = columns[columns.length - 1] as T[];
    if (current.length > 0 && columns.length < count && height + next / 2 > total / count) {
      columns.push([entry]);
      height = next;
    } else {
      current.push(entry);
      height += next;
    }
  }
  return columns;
}

/** The draw operations of a narrow figure's title, legend and small print (not the map). */
export function narrowFigureOps(
  text: FigureText,
  widthPx: number,
  plan: NarrowPlan,
  measure: MeasureText,
): DrawOp[] {
  const s = plan.textScale;
  const bands = measureBands(text, widthPx, s, measure);
  const ops: DrawOp[] = [];
  const line = (
    value: string,
    x: number,
    y: number,
    sizePx: number,
    weight: FontWeight,
    color = INK,
  ) => ops.push({ kind: 'text', text: value, x, y, sizePx, weight, color, align: 'left' });
  let y = 10;
  bands.title.forEach((block, index) => {
    for (const value of block.lines) {
      y += block.lineHeight;
      const baseline = y - 0.25 * block.lineHeight;
      if (index === 0) line(value, MARGIN, baseline, block.sizePx, 'bold');
      else line(value, MARGIN, baseline, block.sizePx, 'regular', MUTED);
    }
  });
  if (text.legend.length > 0) {
    line(text.legendTitle, MARGIN, plan.legendTop + 8 + 12 * s, 12 * s, 'bold');
    bands.columns.forEach((column, index) => {
      const x = MARGIN + index * (bands.columnWidth + GAP);
      let top = plan.legendTop + 8 + 16 * s;
      for (const entry of column) {
        const middle = top + Math.max(SWATCH_ROW_PX, 14 * s) / 2 + 2;
        ops.push({ kind: 'swatch', swatch: entry.swatch, x, y: middle });
        entry.lines.forEach((value, lineIndex) => {
          line(value, x + SWATCH_PX + 8, middle + 4 * s + lineIndex * 14 * s, 11 * s, 'regular');
        });
        top += entryHeight(entry.lines.length, s);
      }
    });
  }
  bands.footer.forEach((value, index) => {
    const baseline = plan.footerTop + 4 + (index + 1) * 13 * s - 3 * s;
    line(value, MARGIN, baseline, 10 * s, 'regular', MUTED);
  });
  return ops;
}
