import {
  type DrawOp,
  type FontWeight,
  lineSwatchPath,
  northArrowPoints,
  northLabelPoint,
  type Swatch,
} from '../../core/figure/draw-ops.ts';
import { FIGURE_FAMILY } from './figureFaces.ts';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The figure's font as a canvas names it: the bundled Noto Sans with its real bold face. */
export const figureFont = (sizePx: number, weight: FontWeight) =>
  `${weight === 'bold' ? 700 : 400} ${sizePx}px "${FIGURE_FAMILY}", "Noto Sans", sans-serif`;

/** Draws a figure's operations (layout pixels) on a 2D context already scaled to them. */
export function paintFigure(
  context: Context2D,
  ops: readonly DrawOp[],
  mapImage: CanvasImageSource,
): void {
  for (const op of ops) {
    context.save();
    if (op.kind === 'map') context.drawImage(mapImage, op.x, op.y, op.width, op.height);
    else if (op.kind === 'rect') {
      if (op.fill) {
        context.globalAlpha = op.fill.opacity ?? 1;
        context.fillStyle = op.fill.color;
        context.fillRect(op.x, op.y, op.width, op.height);
      }
      if (op.stroke) {
        context.globalAlpha = op.stroke.opacity ?? 1;
        context.strokeStyle = op.stroke.color;
        context.lineWidth = op.stroke.widthPx;
        const inset = op.stroke.widthPx / 2;
        context.strokeRect(op.x + inset, op.y + inset, op.width - 2 * inset, op.height - 2 * inset);
      }
    } else if (op.kind === 'text') {
      context.font = figureFont(op.sizePx, op.weight);
      context.fillStyle = op.color;
      context.textBaseline = 'alphabetic';
      context.textAlign = op.align;
      context.fillText(op.text, op.x, op.y);
    } else if (op.kind === 'swatch') paintSwatch(context, op.swatch, op.x, op.y);
    else {
      context.fillStyle = op.color;
      context.beginPath();
      for (const [x, y] of northArrowPoints(op.x, op.y, op.bearingDegrees)) context.lineTo(x, y);
      context.closePath();
      context.fill();
      const [labelX, labelY] = northLabelPoint(op.x, op.y, op.bearingDegrees);
      context.font = figureFont(13, 'bold');
      context.textAlign = 'center';
      context.textBaseline = 'alphabetic';
      context.fillText('N', labelX, labelY);
    }
    context.restore();
  }
}

function paintSwatch(context: Context2D, swatch: Swatch, x: number, y: number): void {
  context.strokeStyle = swatch.color;
  context.fillStyle = swatch.fillColor;
  context.lineWidth = swatch.lineWidthPx;
  context.setLineDash(swatch.dashPx ? [...swatch.dashPx] : []);
  if (swatch.shape === 'fill') {
    context.globalAlpha = swatch.fillOpacity;
    context.fillRect(x, y - 6, 20, 12);
    context.globalAlpha = 1;
    context.strokeRect(x, y - 6, 20, 12);
  } else if (swatch.shape === 'line') {
    context.lineCap = 'round';
    context.stroke(new Path2D(lineSwatchPath(x, y)));
  } else {
    context.fillStyle = swatch.color;
    context.beginPath();
    context.arc(x + 10, y, swatch.radiusPx, 0, Math.PI * 2);
    context.fill();
  }
}
