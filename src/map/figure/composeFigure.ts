import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DrawOp } from '../../core/figure/draw-ops.ts';
import { labelsLeftOutOps } from '../../core/figure/labels-left-out-note.ts';
import {
  type FigureText,
  layoutFigure,
  type MeasureText,
  planFigureFrame,
} from '../../core/figure/layout.ts';
import type { FigureMapView } from '../../core/figure/map-projection.ts';
import type { FigureSize } from '../../core/figure/paper.ts';
import type { VectorLayer } from '../../core/figure/vector-layers.ts';
import { type DrawControl, throwIfAborted } from './drawInTiles.ts';
import { addFigureFaces } from './figureFaces.ts';
import { figureFont } from './paintFigure.ts';
import { paintFigureInTurns } from './paintInTurns.ts';
import { pdfFigureTextMeasure } from './pdfTextMeasure.ts';
import { renderMapImage } from './renderMapImage.ts';

/**
 * Progress and cancel for a figure, the tile size (see MapImageOptions.tilePx) and the rows of
 * the map's picture painted per task (see paintFigureInTurns).
 */
export interface FigureControl extends DrawControl {
  tilePx?: number;
  paintBandRows?: number;
  /** Told, once the map is drawn, how many zones' labels the figure left out (see smallZoneLabels). */
  onLabelsLeftOut?: (count: number) => void;
}

/** Turns pictures into file bytes, off the page's main thread (see ui/figure/figureEncoder). */
export interface FigureEncoder {
  /** A PNG of the picture with its dpi recorded. Takes ownership of the bitmap. */
  png(picture: ImageBitmap, dotsPerInch: number): Promise<Uint8Array>;
  /** A PDF: the map as a picture, everything else drawn as text and paths. */
  pdf(input: {
    map: ImageBitmap;
    ops: readonly DrawOp[];
    layout: { widthPx: number; heightPx: number };
    size: { widthMm: number; heightMm: number };
    meta: { title: string; date: Date };
    vectors?: { layers: readonly VectorLayer[]; view: FigureMapView };
    /** With `vectors`: the map's labels alone, drawn over the paths in the map's box. */
    labels?: ImageBitmap;
  }): Promise<Uint8Array>;
}

export interface FigureRequest {
  format: 'png' | 'pdf';
  size: FigureSize;
  text: FigureText;
  /** The PDF's title and creation date (the figure's date, so a figure is reproducible). */
  meta: { title: string; date: Date };
  /**
   * For a PDF: plan layers drawn as paths, left out of the map's picture; the map's labels are
   * then a picture of their own, drawn over the paths.
   */
  vectorLayers?: readonly VectorLayer[];
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A report figure: the map rendered off-screen at print resolution, with title, legend, scale
 * bar, north arrow and the sources laid out around it, as PNG or PDF bytes.
 */
export async function composeFigure(
  map: MapLibreMap,
  request: FigureRequest,
  encoder: FigureEncoder,
  control: FigureControl = {},
): Promise<Uint8Array> {
  const { size, text } = request;
  // The text is measured before the map is drawn: on a narrow figure its wrapped lines decide
  // how much height the map gets.
  const measure = await figureMeasureFor(request.format, text);
  const frame = planFigureFrame(text, size.widthPx, size.heightPx, measure);
  const vectorLayers = request.format === 'pdf' ? (request.vectorLayers ?? []) : [];
  performance.mark('giapranh:figure:start');
  const image = await renderMapImage(
    map,
    {
      widthPx: frame.map.width,
      heightPx: frame.map.height,
      pixelRatio: size.pixelRatio,
      withoutShapesOf: vectorLayers.map((layer) => layer.id),
      labelsApart: vectorLayers.length > 0,
      ...(control.tilePx === undefined ? {} : { tilePx: control.tilePx }),
    },
    control,
  );
  performance.measure('giapranh:figure:map', 'giapranh:figure:start');
  // The off-screen map was just removed (its WebGL context with it): the layout comes next task.
  await nextTask();
  try {
    const ops = layoutFigure(
      text,
      frame,
      { metersPerPx: image.metersPerLayoutPx, bearingDegrees: image.bearing },
      measure,
    );
    if (image.labelsLeftOut > 0 && text.labelsLeftOut)
      ops.push(...labelsLeftOutOps(frame.map, text.labelsLeftOut(image.labelsLeftOut), measure));
    control.onLabelsLeftOut?.(image.labelsLeftOut);
    performance.mark('giapranh:figure:laid-out');
    throwIfAborted(control.signal);
    if (request.format === 'pdf') {
      const picture = await createImageBitmap(image.canvas);
      const labels = image.labels ? await createImageBitmap(image.labels) : undefined;
      performance.measure('giapranh:figure:bitmap', 'giapranh:figure:laid-out');
      const layout = { widthPx: size.widthPx, heightPx: size.heightPx };
      const vectors = { layers: vectorLayers, view: image.view };
      return encoder.pdf({
        map: picture,
        ops,
        layout,
        size,
        meta: request.meta,
        ...(vectorLayers.length > 0 ? { vectors } : {}),
        ...(labels ? { labels } : {}),
      });
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.imageWidthPx;
    canvas.height = size.imageHeightPx;
    // A canvas in memory, not on the GPU: with SwiftShader (no GPU) a GPU-backed 8-megapixel
    // canvas made the page wait seconds for the GPU process when its bitmap was taken.
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('this browser cannot draw a 2D canvas');
    context.scale(size.imageWidthPx / size.widthPx, size.imageHeightPx / size.heightPx);
    await paintFigureInTurns(context, ops, image.canvas, control.paintBandRows);
    performance.measure('giapranh:figure:paint', 'giapranh:figure:laid-out');
    // Painting and taking the bitmap each copy ~35 MB at 300 dpi: not in one task.
    await nextTask();
    const picture = await createImageBitmap(canvas);
    performance.measure('giapranh:figure:bitmap', 'giapranh:figure:laid-out');
    return encoder.png(picture, size.dotsPerInch);
  } finally {
    image.dispose();
  }
}

/**
 * How a figure's text is measured to lay it out: with the fonts the PDF embeds for a PDF, with
 * the page's canvas (which paints the PNG) for a PNG.
 */
export function figureMeasureFor(format: 'png' | 'pdf', text: FigureText): Promise<MeasureText> {
  return format === 'pdf' ? pdfFigureTextMeasure() : figureTextMeasure(text);
}

/** The width of a figure's text in the bundled Noto Sans, once its glyphs are loaded. */
export async function figureTextMeasure(text: FigureText): Promise<MeasureText> {
  const words = [text.title, text.subtitle, text.legendTitle, ...text.footer];
  const legendWords = text.legend.map((entry) => entry.title).join(' ');
  addFigureFaces();
  // The north arrow's "N" is bold too.
  await document.fonts.load(figureFont(18, 'bold'), `${words.join(' ')} N`);
  await document.fonts.load(figureFont(11, 'regular'), `${words.join(' ')} ${legendWords}`);
  const measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) throw new Error('this browser cannot draw a 2D canvas');
  return (value, sizePx, weight) => {
    measuring.font = figureFont(sizePx, weight);
    return measuring.measureText(value).width;
  };
}
