import type { DrawOp } from './draw-ops.ts';
import type { FigureMapView } from './map-projection.ts';
import type { VectorLayer } from './vector-layers.ts';

/**
 * What the page asks the figure worker for. The picture comes as an ImageBitmap (transferred,
 * not copied); the worker encodes it (and, for a PDF, embeds fonts and draws the text), so the
 * page's main thread never spends seconds on PNG or PDF bytes.
 */
export type FigureWorkerRequest =
  | { id: number; kind: 'png'; picture: ImageBitmap; dotsPerInch: number }
  | {
      id: number;
      kind: 'pdf';
      map: ImageBitmap;
      ops: readonly DrawOp[];
      layout: { widthPx: number; heightPx: number };
      size: { widthMm: number; heightMm: number };
      meta: { title: string; date: Date };
      /** Plan layers to draw as paths over the map (left out of its picture). */
      vectors?: { layers: readonly VectorLayer[]; view: FigureMapView };
      /** The map's labels alone (transparent elsewhere), drawn over the paths. */
      labels?: ImageBitmap;
    };

/** The file's bytes (transferred), or why it could not be made. */
export type FigureWorkerReply = { id: number; bytes: Uint8Array } | { id: number; error: string };
