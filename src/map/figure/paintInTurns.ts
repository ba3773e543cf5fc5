import type { DrawOp } from '../../core/figure/draw-ops.ts';
import { paintFigure } from './paintFigure.ts';

/**
 * Device rows of the map's picture painted per task. Copying a 300 dpi A4 map (~35 MB) onto the
 * figure took 0.14–1.2 s in one task on a busy two-core machine; a band of this height is a
 * fifth of that.
 */
export const PAINT_BAND_ROWS = 512;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * paintFigure, with the map's picture painted in bands of rows, one task each, so the page
 * gets turns in between. Each band is the whole picture drawn through a clip of whole device
 * rows: every pixel is sampled exactly as one drawImage would, so the figure is the same.
 */
export async function paintFigureInTurns(
  context: CanvasRenderingContext2D,
  ops: readonly DrawOp[],
  mapImage: CanvasImageSource,
  bandRows = PAINT_BAND_ROWS,
): Promise<void> {
  const mapAt = ops.findIndex((op) => op.kind === 'map');
  if (mapAt < 0) return paintFigure(context, ops, mapImage);
  paintFigure(context, ops.slice(0, mapAt), mapImage);
  const scaled = context.getTransform();
  for (let top = 0; top < context.canvas.height; top += bandRows) {
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.beginPath();
    context.rect(0, top, context.canvas.width, Math.min(bandRows, context.canvas.height - top));
    context.clip();
    context.setTransform(scaled);
    paintFigure(context, ops.slice(mapAt, mapAt + 1), mapImage);
    context.restore();
    await nextTask();
  }
  paintFigure(context, ops.slice(mapAt + 1), mapImage);
}
