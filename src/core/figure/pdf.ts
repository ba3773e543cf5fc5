import { LineCapStyle, PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import {
  type DrawOp,
  lineSwatchPath,
  northArrowPoints,
  northLabelPoint,
  type Swatch,
} from './draw-ops.ts';
import type { FigureMapView } from './map-projection.ts';
import { embedFigureFonts, type PdfFonts } from './pdf-fonts.ts';
import { drawVectorMap } from './pdf-vector.ts';
import type { VectorLayer } from './vector-layers.ts';
import { traceVectorMap } from './vector-trace.ts';

const POINTS_PER_MM = 72 / 25.4;

export type { PdfFonts };

/** What a figure's PDF is made of: its page, the map as an image, and the drawing on top. */
export interface FigurePdfInput {
  /** The map's picture (PNG), placed in the `map` operation's box. */
  mapPng: Uint8Array;
  ops: readonly DrawOp[];
  /** The layout's size in layout pixels: the page's width is `widthPx` of them. */
  layout: { widthPx: number; heightPx: number };
  /** The printed size: the page is the figure (a whole sheet or a column-wide figure). */
  size: { widthMm: number; heightMm: number };
  fonts: PdfFonts;
  /** The date is written as the creation date, so the same figure gives the same bytes. */
  meta: { title: string; date: Date };
  /**
   * Plan layers drawn as paths over the picture (which was then drawn without them), and the
   * view the picture was drawn with, so both line up.
   */
  vectors?: { layers: readonly VectorLayer[]; view: FigureMapView };
  /**
   * With `vectors`: the map's labels alone (PNG with alpha, the picture's size), drawn over the
   * paths in the picture's box so no path crosses a name.
   */
  labelsPng?: Uint8Array;
}

/**
 * A one-page PDF of a figure: title, legend, scale bar, date, sources and attribution as real
 * text in the embedded Noto Sans (searchable, copyable, sharp at any zoom), swatches, scale bar
 * and north arrow as vector paths, and the map as the only picture.
 */
export async function figurePdf(input: FigurePdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(input.meta.title);
  pdf.setCreator('Giáp Ranh');
  pdf.setProducer('Giáp Ranh (pdf-lib)');
  pdf.setCreationDate(input.meta.date);
  pdf.setModificationDate(input.meta.date);
  const width = input.size.widthMm * POINTS_PER_MM;
  const height = input.size.heightMm * POINTS_PER_MM;
  const page = pdf.addPage([width, height]);
  const fonts = await embedFigureFonts(pdf, input.fonts);
  const image = await pdf.embedPng(input.mapPng);
  const labels = input.labelsPng ? await pdf.embedPng(input.labelsPng) : null;
  const { vectors } = input;
  const traced = vectors ? traceVectorMap(vectors.layers, vectors.view) : null;
  const painter = new PdfPainter(
    page,
    width / input.layout.widthPx,
    height,
    fonts,
    image,
    (box) => {
      if (traced) drawVectorMap(pdf, page, traced, box);
      if (labels) page.drawImage(labels, box);
    },
  );
  for (const op of input.ops) painter.draw(op);
  return pdf.save();
}

/** `#rrggbb` (or `#rgb`) as pdf-lib's colour; anything else is black. */
function colour(hex: string) {
  const long = /^#[0-9a-f]{3}$/i.test(hex)
    ? `#${[...hex.slice(1)].map((c) => c + c).join('')}`
    : hex;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(long);
  if (!match) return rgb(0, 0, 0);
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16) / 255);
  return rgb(r!, g!, b!);
}

/** Draws layout-pixel operations on a PDF page (points, y up). */
class PdfPainter {
  constructor(
    private readonly page: PDFPage,
    /** Points per layout pixel (0.72: a layout pixel is 1/100 inch). */
    private readonly scale: number,
    private readonly pageHeight: number,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
    private readonly mapImage: PDFImage,
    /** Draws over the map's picture, given its box in points (y up). */
    private readonly overMap: (box: {
      x: number;
      y: number;
      width: number;
      height: number;
    }) => void,
  ) {}

  private x(value: number) {
    return value * this.scale;
  }

  private y(value: number) {
    return this.pageHeight - value * this.scale;
  }

  draw(op: DrawOp): void {
    if (op.kind === 'map') {
      const box = {
        x: this.x(op.x),
        y: this.y(op.y + op.height),
        width: op.width * this.scale,
        height: op.height * this.scale,
      };
      this.page.drawImage(this.mapImage, box);
      this.overMap(box);
    } else if (op.kind === 'rect') {
      this.page.drawRectangle({
        x: this.x(op.x),
        y: this.y(op.y + op.height),
        width: op.width * this.scale,
        height: op.height * this.scale,
        ...(op.fill ? { color: colour(op.fill.color), opacity: op.fill.opacity ?? 1 } : {}),
        ...(op.stroke
          ? {
              borderColor: colour(op.stroke.color),
              borderOpacity: op.stroke.opacity ?? 1,
              borderWidth: op.stroke.widthPx * this.scale,
            }
          : {}),
      });
    } else if (op.kind === 'text') {
      const font = this.fonts[op.weight];
      const size = op.sizePx * this.scale;
      const shift = op.align === 'center' ? font.widthOfTextAtSize(op.text, size) / 2 : 0;
      this.page.drawText(op.text, {
        x: this.x(op.x) - shift,
        y: this.y(op.y),
        size,
        font,
        color: colour(op.color),
      });
    } else if (op.kind === 'swatch') this.swatch(op.swatch, op.x, op.y);
    else this.north(op.x, op.y, op.bearingDegrees, op.color);
  }

  /** An SVG path in layout pixels, drawn in place (pdf-lib flips its y axis for us). */
  private path(d: string, options: Parameters<PDFPage['drawSvgPath']>[1]) {
    this.page.drawSvgPath(d, { x: 0, y: this.pageHeight, scale: this.scale, ...options });
  }

  private swatch(swatch: Swatch, x: number, y: number): void {
    const stroke = {
      borderColor: colour(swatch.color),
      borderWidth: swatch.lineWidthPx * this.scale,
      ...(swatch.dashPx ? { borderDashArray: swatch.dashPx.map((d) => d * this.scale) } : {}),
    };
    if (swatch.shape === 'fill') {
      const box = `M ${x} ${y - 6} H ${x + 20} V ${y + 6} H ${x} Z`;
      this.path(box, { color: colour(swatch.fillColor), opacity: swatch.fillOpacity });
      this.path(box, stroke);
    } else if (swatch.shape === 'line') {
      this.path(lineSwatchPath(x, y), { ...stroke, borderLineCap: LineCapStyle.Round });
    } else {
      this.page.drawCircle({
        x: this.x(x + 10),
        y: this.y(y),
        size: swatch.radiusPx * this.scale,
        color: colour(swatch.color),
      });
    }
  }

  private north(x: number, y: number, bearingDegrees: number, color: string): void {
    const points = northArrowPoints(x, y, bearingDegrees);
    const d = `M ${points.map(([px, py]) => `${px} ${py}`).join(' L ')} Z`;
    this.path(d, { color: colour(color) });
    const [labelX, labelY] = northLabelPoint(x, y, bearingDegrees);
    this.draw({
      kind: 'text',
      text: 'N',
      x: labelX,
      y: labelY,
      sizePx: 13,
      weight: 'bold',
      color,
      align: 'center',
    });
  }
}
