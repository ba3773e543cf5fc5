import type { Map as MapLibreMap } from 'maplibre-gl';
import { scaleBar, webMercatorMetersPerPixel } from '../../core/figure/scale-bar.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { renderMapImage } from './renderMapImage.ts';

export interface FigureOptions {
  title: string;
  /** A second, smaller line under the title ('' for none). */
  subtitle?: string;
  /** Layers shown on the map, for the legend, top-most first. */
  legend: readonly { layer: LayerDef; title: string }[];
  legendTitle: string;
  /** Small print at the bottom: sources, datum, the 2019 caveat. */
  footer: string;
  /** The basemap's attribution, which its sources' licences require on every figure. */
  credits: string;
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
}

const FONT = '"Noto Sans", sans-serif';
const MARGIN = 16;
const TITLE_ONLY_HEIGHT = 44;
const TITLE_AND_SUBTITLE_HEIGHT = 62;
const FOOTER_HEIGHT = 40;

/**
 * A report figure: title, the map at print resolution, legend, scale bar, north arrow and
 * the sources, composed on one canvas and returned as PNG bytes.
 */
export async function composeFigure(map: MapLibreMap, options: FigureOptions): Promise<Uint8Array> {
  const titleHeight = options.subtitle ? TITLE_AND_SUBTITLE_HEIGHT : TITLE_ONLY_HEIGHT;
  const mapHeight = options.heightPx - titleHeight - FOOTER_HEIGHT;
  const image = await renderMapImage(map, {
    widthPx: options.widthPx,
    heightPx: mapHeight,
    pixelRatio: options.pixelRatio,
  });
  try {
    await document.fonts.load(`600 18px ${FONT}`, options.title);
    await document.fonts.load(`12px ${FONT}`, `${options.footer} ${options.credits}`);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(options.widthPx * options.pixelRatio);
    canvas.height = Math.round(options.heightPx * options.pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw a 2D canvas');
    context.scale(options.pixelRatio, options.pixelRatio);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, options.widthPx, options.heightPx);
    context.drawImage(image.canvas, 0, titleHeight, options.widthPx, mapHeight);
    drawTitle(context, options.title, options.subtitle ?? '', options.widthPx);
    drawLegend(context, options, titleHeight + MARGIN);
    const metersPerPixel = webMercatorMetersPerPixel(image.zoom, image.latitude);
    drawScaleAndNorth(context, metersPerPixel, image.bearing, titleHeight, titleHeight + mapHeight);
    drawFooter(context, [options.footer, options.credits], options.widthPx, options.heightPx);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the figure could not be encoded as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    image.dispose();
  }
}

function drawTitle(
  context: CanvasRenderingContext2D,
  title: string,
  subtitle: string,
  widthPx: number,
): void {
  const maxWidth = widthPx - 2 * MARGIN;
  context.fillStyle = '#1f2328';
  context.font = `600 18px ${FONT}`;
  context.textBaseline = 'middle';
  context.fillText(title, MARGIN, subtitle ? 22 : TITLE_ONLY_HEIGHT / 2, maxWidth);
  if (!subtitle) return;
  context.fillStyle = '#5b6370';
  context.font = `13px ${FONT}`;
  context.fillText(subtitle, MARGIN, 45, maxWidth);
}

function drawLegend(context: CanvasRenderingContext2D, options: FigureOptions, top: number): void {
  const lineHeight = 14;
  const width = 250;
  context.font = `11px ${FONT}`;
  // A long entry wraps onto more lines: print never cuts a layer's name.
  const entries = options.legend.map(({ layer, title }) => ({
    layer,
    lines: wrapText(context, title, width - 48),
  }));
  const rows = entries.reduce((sum, entry) => sum + entry.lines.length, 0);
  const height = 28 + rows * lineHeight + entries.length * 6;
  const left = options.widthPx - width - MARGIN;
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeStyle = '#c9ccd1';
  context.lineWidth = 1;
  context.fillRect(left, top, width, height);
  context.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
  context.fillStyle = '#1f2328';
  context.font = `600 12px ${FONT}`;
  context.textBaseline = 'middle';
  context.fillText(options.legendTitle, left + 10, top + 14);
  context.font = `11px ${FONT}`;
  let y = top + 28;
  for (const { layer, lines } of entries) {
    drawSwatch(context, layer, left + 10, y + lineHeight / 2 + 3);
    context.fillStyle = '#1f2328';
    lines.forEach((line, index) => {
      context.fillText(line, left + 38, y + 3 + index * lineHeight + lineHeight / 2);
    });
    y += lines.length * lineHeight + 6;
  }
}

/** Splits text into lines no wider than maxWidth, at spaces (a too-long word gets a line). */
function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The same swatch as the layer panel's, drawn from the registry style. */
function drawSwatch(
  context: CanvasRenderingContext2D,
  layer: LayerDef,
  x: number,
  y: number,
): void {
  const { style, geometryTypes } = layer;
  const kind = geometryTypes[0] ?? 'Polygon';
  context.save();
  context.strokeStyle = style.color;
  context.fillStyle = style.fillColor ?? style.color;
  context.lineWidth = Math.min(style.lineWidthPx, 3);
  const dash = style.dashWhen?.dash ?? style.lineDash;
  context.setLineDash(dash ? dash.map((d) => d * context.lineWidth) : []);
  if (kind.endsWith('Polygon')) {
    context.globalAlpha = Math.max(style.fillOpacity ?? 0.2, 0.15);
    context.fillRect(x, y - 6, 20, 12);
    context.globalAlpha = 1;
    context.strokeRect(x, y - 6, 20, 12);
  } else if (kind.endsWith('LineString')) {
    context.beginPath();
    context.moveTo(x, y + 4);
    context.bezierCurveTo(x + 7, y - 8, x + 13, y + 8, x + 20, y - 4);
    context.stroke();
  } else {
    context.beginPath();
    context.arc(x + 10, y, style.circleRadiusPx ?? 4, 0, Math.PI * 2);
    context.fill();
  }
  context.restore();
}

function drawScaleAndNorth(
  context: CanvasRenderingContext2D,
  metersPerPixel: number,
  bearingDegrees: number,
  mapTop: number,
  mapBottom: number,
): void {
  const bar = scaleBar(metersPerPixel, 160);
  const x = MARGIN;
  const y = mapBottom - MARGIN;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(x - 6, y - 22, bar.widthPx + 60, 30);
  context.fillStyle = '#1f2328';
  context.fillRect(x, y - 4, bar.widthPx, 4);
  context.fillRect(x, y - 10, 1.5, 10);
  context.fillRect(x + bar.widthPx - 1.5, y - 10, 1.5, 10);
  context.font = `11px ${FONT}`;
  context.textBaseline = 'alphabetic';
  context.fillText('0', x, y - 12);
  context.textAlign = 'center';
  context.fillText(bar.label, x + bar.widthPx, y - 12);
  context.textAlign = 'left';
  // North arrow, top-left of the map, turned against the map's bearing so it points north.
  context.save();
  context.translate(MARGIN + 14, mapTop + MARGIN + 22);
  context.rotate((-bearingDegrees * Math.PI) / 180);
  context.beginPath();
  context.moveTo(0, -14);
  context.lineTo(9, 12);
  context.lineTo(0, 6);
  context.lineTo(-9, 12);
  context.closePath();
  context.fill();
  context.font = `600 13px ${FONT}`;
  context.textAlign = 'center';
  context.fillText('N', 0, 28);
  context.restore();
}

/** The small print, one line each, narrowed to the figure's width rather than cut off. */
function drawFooter(
  context: CanvasRenderingContext2D,
  lines: readonly string[],
  widthPx: number,
  heightPx: number,
): void {
  context.fillStyle = '#5b6370';
  context.font = `10px ${FONT}`;
  context.textBaseline = 'middle';
  const lineHeight = 13;
  const top = heightPx - FOOTER_HEIGHT / 2 - ((lines.length - 1) * lineHeight) / 2;
  lines.forEach((line, index) => {
    context.fillText(line, MARGIN, top + index * lineHeight, widthPx - 2 * MARGIN);
  });
}
