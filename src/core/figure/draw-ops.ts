import type { LayerDef } from '../layers/types.ts';

/**
 * What a legend entry's swatch looks like, drawn the same way on the figure's canvas and in its
 * PDF: a filled box, a wavy line or a dot, in the layer's (or the overlay's) colours.
 */
export interface Swatch {
  shape: 'fill' | 'line' | 'point';
  /** Outline, line or dot colour, `#rrggbb`. */
  color: string;
  fillColor: string;
  fillOpacity: number;
  lineWidthPx: number;
  /** Dash and gap lengths in layout pixels, or null for a solid line. */
  dashPx: readonly number[] | null;
  radiusPx: number;
}

/** A colour with its opacity (0–1), as both a 2D canvas and a PDF can paint it. */
export interface Paint {
  color: string;
  opacity?: number;
}

/** Text is drawn in one of the two weights of the bundled Noto Sans. */
export type FontWeight = 'regular' | 'bold';

/**
 * One thing to draw on a figure, in layout pixels (1/100 inch) from the top left. The canvas
 * painter (PNG) and the PDF painter walk the same list, so the two files cannot disagree.
 */
export type DrawOp =
  | { kind: 'map'; x: number; y: number; width: number; height: number }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill?: Paint;
      stroke?: Paint & { widthPx: number };
    }
  | {
      kind: 'text';
      text: string;
      /** Left end, or the centre when `align` is 'center'. */
      x: number;
      /** The baseline. */
      y: number;
      sizePx: number;
      weight: FontWeight;
      color: string;
      align: 'left' | 'center';
    }
  /** `y` is the swatch's middle; it is 20 px wide from `x`. */
  | { kind: 'swatch'; swatch: Swatch; x: number; y: number }
  | { kind: 'north'; x: number; y: number; bearingDegrees: number; color: string };

/** The swatch of a registry layer, from the same style the map draws it with. */
export function layerSwatch(layer: LayerDef): Swatch {
  const { style, geometryTypes } = layer;
  const kind = geometryTypes[0] ?? 'Polygon';
  const lineWidthPx = Math.min(style.lineWidthPx, 3);
  const dash = style.dashWhen?.dash ?? style.lineDash;
  return {
    shape: kind.endsWith('Polygon') ? 'fill' : kind.endsWith('LineString') ? 'line' : 'point',
    color: style.color,
    fillColor: style.fillColor ?? style.color,
    fillOpacity: Math.max(style.fillOpacity ?? 0.2, 0.15),
    lineWidthPx,
    dashPx: dash ? dash.map((d) => d * lineWidthPx) : null,
    radiusPx: style.circleRadiusPx ?? 4,
  };
}

/** The wavy line of a line swatch, as SVG path data in layout pixels. */
export function lineSwatchPath(x: number, y: number): string {
  return `M ${x} ${y + 4} C ${x + 7} ${y - 8} ${x + 13} ${y + 8} ${x + 20} ${y - 4}`;
}

/** The north arrow's outline, turned against the map's bearing so it points to true north. */
export function northArrowPoints(x: number, y: number, bearingDegrees: number): [number, number][] {
  const angle = (-bearingDegrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const outline: [number, number][] = [
    [0, -14],
    [9, 12],
    [0, 6],
    [-9, 12],
  ];
  return outline.map(([dx, dy]) => [x + dx * cos - dy * sin, y + dx * sin + dy * cos]);
}

/** The baseline centre of the arrow's "N", below the arrow's tail, kept upright for reading. */
export function northLabelPoint(x: number, y: number, bearingDegrees: number): [number, number] {
  const angle = (-bearingDegrees * Math.PI) / 180;
  return [x - 24 * Math.sin(angle), y + 24 * Math.cos(angle) + 4];
}
