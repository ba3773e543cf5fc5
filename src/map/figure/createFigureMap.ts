import { type LngLatBounds, Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { mapContext } from './drawInTiles.ts';
import { gpuCaughtUp } from './gpuCaughtUp.ts';
import { mapIdle, nextMapFrame } from './mapFrames.ts';
import { planProgramWarmUp } from './programWarmUp.ts';
import { type ScissorClip, scissorClip } from './scissorClip.ts';
import { sendSourcesInTurns, withLargeSourcesLater } from './sourcesInTurns.ts';

/** What a figure asks of the off-screen map: the live map's style and area, at its own size. */
export interface FigureMapSetup {
  style: StyleSpecification;
  bounds: LngLatBounds;
  bearing: number;
  /** Device pixels per CSS pixel of the off-screen map. */
  pixelRatio: number;
  /** The off-screen map's size in CSS pixels. */
  widthPx: number;
  heightPx: number;
  /** Stops a map being created (it is then removed) or readied for the figure. */
  signal?: AbortSignal | undefined;
  /** The live map's context: a new map is created once the GPU has caught up with it. */
  liveContext?: WebGLRenderingContext | WebGL2RenderingContext | undefined;
}

/** An off-screen map and what the figures keep with it. */
export interface FigureMap {
  map: MapLibreMap;
  container: HTMLDivElement;
  /** Holds the map at "draw nothing" until a tile is set (see drawInTiles). */
  clip: ScissorClip;
  /** The style last given to the map, as read from the live map. */
  style: StyleSpecification;
}

// MapLibre's default cap (4096) would quietly lower the pixel ratio of an A3 figure at 300 dpi
// (4961 pixels wide) and blur it; every WebGL we meet, SwiftShader included, takes 8192.
const MAX_CANVAS_PX = 8192;

/**
 * The side in CSS pixels of the map as it is created, before it is grown to the figure's size:
 * its WebGL context then comes with a drawing buffer of a few kilobytes rather than tens of
 * megabytes (see createFigureMap).
 */
export const SEED_MAP_PX = 64;

/** Marks the kept map's container, so a browser test can see whether one is alive. */
export const FIGURE_MAP_ATTRIBUTE = 'data-figure-map';

/** A style with nothing in it: what the map is created with, so the small map loads no tiles. */
const EMPTY_STYLE: StyleSpecification = { version: 8, sources: {}, layers: [] };

/** Sizes the map's container (MapLibre reads its size from it) to `size` CSS pixels. */
export function sizeContainer(
  container: HTMLDivElement,
  size: { widthPx: number; heightPx: number },
): void {
  container.style.width = `${size.widthPx}px`;
  container.style.height = `${size.heightPx}px`;
}

/**
 * Creates the off-screen map for `setup` in steps, so that no task holds the page long:
 * (1) the map and its WebGL context at SEED_MAP_PX with an empty style (the context's own set-up,
 * with a tiny drawing buffer); (2) grown to the figure's size and pixel ratio (the drawing buffer
 * with its depth and stencil: 3508 × 2480 at A4 300 dpi); (3) the style with every layer at
 * opacity 0, the features of large sources given one source per task, loaded; (4) a frame per
 * kind of layer given its paint back, each linking the shader programs of that kind (see
 * planProgramWarmUp). Created whole, (1) and (2) were one task of
 * 0.2–0.8 s under SwiftShader, and the first frame with data linked four programs in another.
 */
export async function createFigureMap(setup: FigureMapSetup): Promise<FigureMap> {
  if (setup.liveContext) await gpuCaughtUp(setup.liveContext, setup.signal);
  const container = document.createElement('div');
  // Laid out (MapLibre needs a size) but out of sight and out of the accessibility tree.
  Object.assign(container.style, { position: 'fixed', left: '-100000px', top: '0' });
  sizeContainer(container, { widthPx: SEED_MAP_PX, heightPx: SEED_MAP_PX });
  container.setAttribute('aria-hidden', 'true');
  container.setAttribute(FIGURE_MAP_ATTRIBUTE, '');
  document.body.append(container);
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: EMPTY_STYLE,
      pixelRatio: 1,
      maxCanvasSize: [MAX_CANVAS_PX, MAX_CANVAS_PX],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
  } catch (error) {
    container.remove();
    throw error;
  }
  // Before the first frame: the frames that load the map draw no pixels, only the tiles do.
  const gl = mapContext(map);
  const clip = scissorClip(gl);
  const figure = { map, container, clip, style: setup.style };
  try {
    await gpuCaughtUp(gl, setup.signal);
    sizeContainer(container, setup);
    // Resizes the canvas to the container at the figure's ratio (MapLibre reads the container).
    map.setPixelRatio(setup.pixelRatio);
    await gpuCaughtUp(gl, setup.signal);
    const warmUp = planProgramWarmUp(setup.style);
    // Large layers' features follow the style one source per task (see withLargeSourcesLater).
    const inTurns = withLargeSourcesLater(warmUp.style);
    map.setStyle(inTurns.style, { diff: false });
    map.setBearing(setup.bearing);
    map.fitBounds(setup.bounds, { duration: 0, padding: 0 });
    await sendSourcesInTurns(map, inTurns.later, setup.signal);
    await mapIdle(map, setup.signal);
    performance.measure('giapranh:figure:loaded', 'giapranh:figure:start');
    for (const stage of warmUp.stages) {
      await gpuCaughtUp(gl, setup.signal);
      for (const { layerId, paint } of stage) {
        for (const [name, value] of paint) map.setPaintProperty(layerId, name, value as never);
      }
      await nextMapFrame(map, setup.signal);
    }
    performance.measure('giapranh:figure:linked', 'giapranh:figure:start');
  } catch (error) {
    destroyFigureMap(figure);
    throw error;
  }
  return figure;
}

/** Removes an off-screen map, its context and its container. */
export function destroyFigureMap(figure: FigureMap): void {
  figure.clip.release();
  // A map removed while loading (a figure cancelled) reports the requests it cut short as
  // errors, on the console unless someone listens: none is an error of the figure.
  figure.map.on('error', () => {});
  figure.map.remove();
  figure.container.remove();
}
