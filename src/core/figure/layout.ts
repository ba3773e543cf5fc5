import type { DrawOp, FontWeight, Swatch } from './draw-ops.ts';
import {
  NARROW_FIGURE_PX,
  type NarrowPlan,
  narrowFigureOps,
  planNarrowFigure,
} from './narrow-layout.ts';
import { scaleBar } from './scale-bar.ts';
import { wrapText } from './wrap-text.ts';

export { wrapText };

/** The width of a text in layout pixels, at a size and weight (the painter's own font metrics). */
export type MeasureText = (text: string, sizePx: number, weight: FontWeight) => number;

/** The words of a figure, already in the figure's language. */
export interface FigureText {
  /** With the figure number when there is one ("Hình 3. …"). */
  title: string;
  /** A second, smaller line under the title ('' for none). */
  subtitle: string;
  legendTitle: string;
  /** Top-most layer first; analysis overlays after the layers. */
  legend: readonly { swatch: Swatch; title: string }[];
  /** Small print, one line each: sources and date, then the basemap's attribution. */
  footer: readonly string[];
  /**
   * The note on the map that the labels of `count` zones too small at the figure's scale were
   * left out (known only once the map is drawn); none is written without it.
   */
  labelsLeftOut?: (count: number) => string;
}

/** Where the map goes on the sheet, in layout pixels. */
export interface FigureFrame {
  widthPx: number;
  heightPx: number;
  map: { x: number; y: number; width: number; height: number };
  /** A narrow figure's bands (title, map, legend under it, small print), when it is one. */
  narrow?: NarrowPlan;
}

const MARGIN = 16;
const TITLE_ONLY_HEIGHT = 44;
const TITLE_AND_SUBTITLE_HEIGHT = 62;
const FOOTER_HEIGHT = 40;
const LEGEND_WIDTH = 250;
const LEGEND_LINE_HEIGHT = 14;
const SCALE_BAR_MAX_PX = 160;
const INK = '#1f2328';
const MUTED = '#5b6370';
// The smallest a line of text is shrunk to so it fits: below this it stays wider than asked.
const MIN_TEXT_PX = 6;

/** The map's place on a figure: under the title, above the small print, edge to edge. */
export function figureFrame(widthPx: number, heightPx: number, hasSubtitle: boolean): FigureFrame {
  const top = hasSubtitle ? TITLE_AND_SUBTITLE_HEIGHT : TITLE_ONLY_HEIGHT;
  return {
    widthPx,
    heightPx,
    map: { x: 0, y: top, width: widthPx, height: heightPx - top - FOOTER_HEIGHT },
  };
}

/**
 * Where the map goes on a figure of this size with this text: under the title with the legend
 * over it (figureFrame) or, on a figure narrower than NARROW_FIGURE_PX, between the title and a
 * legend under it, every line wrapped (planNarrowFigure).
 */
export function planFigureFrame(
  text: FigureText,
  widthPx: number,
  heightPx: number,
  measure: MeasureText,
): FigureFrame {
  if (widthPx >= NARROW_FIGURE_PX) return figureFrame(widthPx, heightPx, text.subtitle !== '');
  const narrow = planNarrowFigure(text, widthPx, heightPx, measure);
  return { widthPx, heightPx, map: narrow.map, narrow };
}

/** Whether a figure of this size leaves its map room beside its text (narrow ones may not). */
export function figureFits(
  text: FigureText,
  widthPx: number,
  heightPx: number,
  measure: MeasureText,
): boolean {
  return planFigureFrame(text, widthPx, heightPx, measure).narrow?.fits ?? true;
}

/**
 * Everything on a figure, in drawing order: white sheet, the map, title, legend (long entries
 * wrap, never cut), scale bar (its length at the bar's right end), north arrow, small print.
 * `metersPerPx` is the ground length of one layout pixel of the map's frame.
 */
export function layoutFigure(
  text: FigureText,
  frame: FigureFrame,
  map: { metersPerPx: number; bearingDegrees: number },
  measure: MeasureText,
): DrawOp[] {
  const { widthPx, heightPx } = frame;
  const ops: DrawOp[] = [
    { kind: 'rect', x: 0, y: 0, width: widthPx, height: heightPx, fill: { color: '#ffffff' } },
    { kind: 'map', ...frame.map },
  ];
  if (frame.narrow)
    return [
      ...ops,
      ...narrowFigureOps(text, widthPx, frame.narrow, measure),
      // A figure too small to be made (its preview) has no map for a scale bar to sit on.
      ...(frame.narrow.fits ? mapFurniture(frame, map, measure) : []),
    ];
  const textWidth = widthPx - 2 * MARGIN;
  const line = (value: string, y: number, sizePx: number, weight: FontWeight, color: string) =>
    ops.push(fitText(value, MARGIN, y, sizePx, weight, color, textWidth, measure));
  if (text.subtitle) {
    line(text.title, 28, 18, 'bold', INK);
    line(text.subtitle, 50, 13, 'regular', MUTED);
  } else line(text.title, 28, 18, 'bold', INK);
  ops.push(...legendOps(text, widthPx - LEGEND_WIDTH - MARGIN, frame.map.y + MARGIN, measure));
  ops.push(...mapFurniture(frame, map, measure));
  const lineHeight = 13;
  const firstMiddle =
    heightPx - FOOTER_HEIGHT / 2 - ((text.footer.length - 1) * lineHeight) / 2 + 3.5;
  text.footer.forEach((value, index) => {
    line(value, firstMiddle + index * lineHeight, 10, 'regular', MUTED);
  });
  return ops;
}

/** The scale bar at the map's bottom left (at most 45% of its width) and the north arrow. */
function mapFurniture(
  frame: FigureFrame,
  map: { metersPerPx: number; bearingDegrees: number },
  measure: MeasureText,
): DrawOp[] {
  const mapBottom = frame.map.y + frame.map.height;
  const barMaxPx = Math.min(SCALE_BAR_MAX_PX, 0.45 * frame.map.width);
  return [
    ...scaleBarOps(map.metersPerPx, mapBottom - MARGIN, measure, barMaxPx),
    {
      kind: 'north',
      x: MARGIN + 14,
      y: frame.map.y + MARGIN + 22,
      bearingDegrees: map.bearingDegrees,
      color: INK,
    },
  ];
}

/** One line of text, made smaller (not cut, not squeezed) when it is wider than `maxWidth`. */
function fitText(
  text: string,
  x: number,
  y: number,
  sizePx: number,
  weight: FontWeight,
  color: string,
  maxWidth: number,
  measure: MeasureText,
): DrawOp {
  const width = measure(text, sizePx, weight);
  const fitted = width > maxWidth ? Math.max(MIN_TEXT_PX, (sizePx * maxWidth) / width) : sizePx;
  return { kind: 'text', text, x, y, sizePx: fitted, weight, color, align: 'left' };
}

function legendOps(text: FigureText, left: number, top: number, measure: MeasureText): DrawOp[] {
  const entries = text.legend.map((entry) => ({
    swatch: entry.swatch,
    lines: wrapText(entry.title, LEGEND_WIDTH - 48, (value) => measure(value, 11, 'regular')),
  }));
  const rows = entries.reduce((sum, entry) => sum + entry.lines.length, 0);
  const height = 28 + rows * LEGEND_LINE_HEIGHT + entries.length * 6;
  const ops: DrawOp[] = [
    {
      kind: 'rect',
      x: left,
      y: top,
      width: LEGEND_WIDTH,
      height,
      fill: { color: '#ffffff', opacity: 0.92 },
      stroke: { color: '#c9ccd1', widthPx: 1 },
    },
    {
      kind: 'text',
      text: text.legendTitle,
      x: left + 10,
      y: top + 18,
      sizePx: 12,
      weight: 'bold',
      color: INK,
      align: 'left',
    },
  ];
  let y = top + 28;
  for (const { swatch, lines } of entries) {
    ops.push({ kind: 'swatch', swatch, x: left + 10, y: y + LEGEND_LINE_HEIGHT / 2 + 3 });
    lines.forEach((value, index) => {
      const baseline = y + 3 + index * LEGEND_LINE_HEIGHT + LEGEND_LINE_HEIGHT / 2 + 4;
      ops.push({
        kind: 'text',
        text: value,
        x: left + 38,
        y: baseline,
        sizePx: 11,
        weight: 'regular',
        color: INK,
        align: 'left',
      });
    });
    y += lines.length * LEGEND_LINE_HEIGHT + 6;
  }
  return ops;
}

function scaleBarOps(
  metersPerPx: number,
  y: number,
  measure: MeasureText,
  maxPx: number,
): DrawOp[] {
  const bar = scaleBar(metersPerPx, maxPx);
  const x = MARGIN;
  const labelWidth = measure(bar.label, 11, 'regular');
  const ink = { color: INK };
  const label = (value: string, at: number, align: 'left' | 'center'): DrawOp => ({
    kind: 'text',
    text: value,
    x: at,
    y: y - 12,
    sizePx: 11,
    weight: 'regular',
    color: INK,
    align,
  });
  return [
    {
      kind: 'rect',
      x: x - 6,
      y: y - 26,
      width: bar.widthPx + 12 + labelWidth / 2,
      height: 32,
      fill: { color: '#ffffff', opacity: 0.85 },
    },
    { kind: 'rect', x, y: y - 4, width: bar.widthPx, height: 4, fill: ink },
    { kind: 'rect', x, y: y - 10, width: 1.5, height: 10, fill: ink },
    { kind: 'rect', x: x + bar.widthPx - 1.5, y: y - 10, width: 1.5, height: 10, fill: ink },
    label('0', x, 'left'),
    // The length stands over the bar's right end, where it is reached, not beside the 0.
    label(bar.label, x + bar.widthPx, 'center'),
  ];
}
