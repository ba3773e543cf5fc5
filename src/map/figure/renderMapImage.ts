import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FigureMapView } from '../../core/figure/map-projection.ts';
import { offscreenMapSize } from '../../core/figure/offscreen-map-size.ts';
import { webMercatorMetersPerPixel } from '../../core/figure/scale-bar.ts';
import { mapMercatorBox } from '../../core/figure/zone-label-room.ts';
import { type DrawControl, drawInTiles, throwIfAborted } from './drawInTiles.ts';
import { borrowFigureMap } from './figureMapKeeper.ts';
import { figureMapView } from './figureMapView.ts';
import {
  applyPaintChanges,
  type FigurePass,
  type PaintChange,
  passPaintChanges,
} from './labelPass.ts';
import { mapIdle } from './mapFrames.ts';
import type { ScissorClip } from './scissorClip.ts';
import { withoutSmallZoneLabels } from './smallZoneLabels.ts';
import { planShapeLayerIds } from './withoutPlanShapes.ts';

export interface MapImageOptions {
  /** The map's frame on the figure, in layout pixels (1/100 inch). */
  widthPx: number;
  heightPx: number;
  /** Image pixels per layout pixel: the picture is `widthPx × pixelRatio` pixels wide. */
  pixelRatio: number;
  /**
   * The side of a tile of the picture, in image pixels (default FIGURE_TILE_PX). One as large
   * as the picture draws it in one frame, as figures were drawn before tiles.
   */
  tilePx?: number;
  /** Plan layers whose shapes the picture leaves out (drawn as paths over it); labels stay. */
  withoutShapesOf?: readonly string[];
  /**
   * Draws the labels apart: the picture without them, then a second picture of the labels alone
   * on a transparent ground, as MapLibre placed them for the whole map (see labelPass.ts).
   */
  labelsApart?: boolean;
}

/**
 * Image pixels per side of a tile: a 300 dpi A4 map is ~35 of them. Under SwiftShader on a
 * busy two-core machine a frame of this size holds the main thread for ~100 ms.
 */
export const FIGURE_TILE_PX = 512;

/** The map's picture and what the figure needs to know about it. */
export interface MapImage {
  /** In memory (a 2D canvas), the off-screen map already given back. */
  canvas: HTMLCanvasElement;
  /** Ground metres per layout pixel of the frame, for the scale bar. */
  metersPerLayoutPx: number;
  bearing: number;
  /** Where the map put things on the picture, for paths drawn over it. */
  view: FigureMapView;
  /** With `labelsApart`: the labels alone, the size of `canvas`, transparent elsewhere. */
  labels?: HTMLCanvasElement;
  /** Zones too small at the figure's scale to carry their label, drawn without it. */
  labelsLeftOut: number;
  dispose: () => void;
}

/** The live map's WebGL context, if it has one (a lost context gives none). */
function liveContext(source: MapLibreMap): WebGL2RenderingContext | undefined {
  const context = source.getCanvas().getContext('webgl2');
  return context ?? undefined;
}

/**
 * Draws the loaded map once a pass, tile by tile: the paint of each pass set (see labelPass.ts),
 * drawn, and put back, so a kept map is given back with the style it was lent with. The passes
 * share one progress bar.
 */
async function drawPasses(
  map: MapLibreMap,
  clip: ScissorClip,
  passes: readonly PaintChange[][],
  tilePx: number,
  control: DrawControl,
): Promise<HTMLCanvasElement[]> {
  const pictures: HTMLCanvasElement[] = [];
  for (const [index, changes] of passes.entries()) {
    const putBack = applyPaintChanges(map, changes);
    try {
      if (changes.length > 0) await mapIdle(map, control.signal);
      pictures.push(
        await drawInTiles(map, clip, tilePx, {
          ...(control.signal ? { signal: control.signal } : {}),
          onProgress: (done, total) =>
            control.onProgress?.(index * total + done, passes.length * total),
        }),
      );
    } finally {
      putBack();
    }
  }
  return pictures;
}

/**
 * Draws the same style and area as a live map into an off-screen map of the figure's pixels
 * (crisp lines and labels for print), tile by tile (see drawInTiles), and returns the picture.
 * The live map is not touched: the planner keeps their view.
 */
export async function renderMapImage(
  source: MapLibreMap,
  options: MapImageOptions,
  control: DrawControl = {},
): Promise<MapImage> {
  throwIfAborted(control.signal);
  const container = source.getContainer();
  const viewPx = {
    widthPx: container.clientWidth || options.widthPx,
    heightPx: container.clientHeight || options.heightPx,
  };
  const size = offscreenMapSize(options, viewPx);
  // The zoom the off-screen map will fit the live map's area at (exact for a north-up map).
  const fitScale = Math.min(size.widthPx / viewPx.widthPx, size.heightPx / viewPx.heightPx);
  const zoom = source.getZoom() + Math.log2(fitScale);
  const frame = mapMercatorBox(source.getCenter(), zoom, size, source.getBearing());
  const room = withoutSmallZoneLabels(source.getStyle(), zoom, frame);
  const style = room.style;
  const shapes = planShapeLayerIds(style, options.withoutShapesOf ?? []);
  const passes: FigurePass[] = options.labelsApart ? ['without-labels', 'labels-only'] : ['whole'];
  const loan = await borrowFigureMap({
    // No paint transitions: a pass's opacities take effect in the next frame.
    style: { ...style, transition: { duration: 0, delay: 0 } },
    bounds: source.getBounds(),
    bearing: source.getBearing(),
    pixelRatio: options.pixelRatio / size.scale,
    widthPx: size.widthPx,
    heightPx: size.heightPx,
    signal: control.signal,
    liveContext: liveContext(source),
  });
  const { map: figure, clip } = loan;
  try {
    await mapIdle(figure, control.signal);
    const tilePx = options.tilePx ?? FIGURE_TILE_PX;
    const changes = passes.map((pass) => passPaintChanges(style, pass, shapes));
    const [canvas, labels] = (await drawPasses(figure, clip, changes, tilePx, control)) as [
      HTMLCanvasElement,
      HTMLCanvasElement | undefined,
    ];
    const metersPerCssPx = webMercatorMetersPerPixel(figure.getZoom(), figure.getCenter().lat);
    return {
      canvas,
      metersPerLayoutPx: metersPerCssPx * size.scale,
      bearing: figure.getBearing(),
      view: figureMapView(figure, canvas),
      ...(labels ? { labels } : {}),
      labelsLeftOut: room.leftOut,
      dispose: () => {
        // Frees the pictures' memory now rather than at the next collection.
        for (const picture of [canvas, labels]) {
          if (!picture) continue;
          picture.width = 0;
          picture.height = 0;
        }
      },
    };
  } finally {
    loan.giveBack();
  }
}
