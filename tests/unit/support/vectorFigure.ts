import { figureFrame, layoutFigure } from '../../../src/core/figure/layout.ts';
import type { FigureMapView } from '../../../src/core/figure/map-projection.ts';
import { figurePdf } from '../../../src/core/figure/pdf.ts';
import type { VectorLayer } from '../../../src/core/figure/vector-layers.ts';
import { FIGURE_FONTS, ONE_PIXEL_PNG } from './figureFonts.ts';

/** An A4 landscape figure's frame at 300 dpi (no legend column). */
export const A4_FRAME = figureFrame(1169, 827, false);

/** The A4 frame's map centred on (`centerLng`, `centerLat`) at zoom 10.4, drawn at pixel ratio 3. */
export function a4MapView(centerLng: number, centerLat: number): FigureMapView {
  return {
    centerLng,
    centerLat,
    zoom: 10.4,
    bearingDegrees: 0,
    widthCssPx: A4_FRAME.map.width,
    heightCssPx: A4_FRAME.map.height,
    imageWidthPx: A4_FRAME.map.width * 3,
    imageHeightPx: A4_FRAME.map.height * 3,
  };
}

/**
 * The A4 figure PDF titled `title`, its map a 1-pixel picture, with `layers` drawn as paths over
 * `view` (none when null): what the plan layers' paths add is measured against null.
 */
export function a4VectorFigurePdf(
  title: string,
  view: FigureMapView,
  layers: readonly VectorLayer[] | null,
): Promise<Uint8Array> {
  const ops = layoutFigure(
    { title, subtitle: '', legendTitle: 'Chú giải', legend: [], footer: [] },
    A4_FRAME,
    { metersPerPx: 25, bearingDegrees: 0 },
    // A rough width: the PDF only needs positions.
    (text, sizePx) => text.length * sizePx * 0.55,
  );
  return figurePdf({
    mapPng: ONE_PIXEL_PNG,
    ops,
    layout: { widthPx: A4_FRAME.widthPx, heightPx: A4_FRAME.heightPx },
    size: { widthMm: 297, heightMm: 210 },
    fonts: FIGURE_FONTS,
    meta: { title, date: new Date('2026-12-04T00:00:00Z') },
    ...(layers ? { vectors: { layers, view } } : {}),
  });
}
