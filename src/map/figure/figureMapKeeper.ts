import { type LngLatBounds, Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { mapContext } from './drawInTiles.ts';
import { quietTimer } from './quietTimer.ts';
import { restyleFigureMap } from './restyleFigureMap.ts';
import { type ScissorClip, scissorClip } from './scissorClip.ts';

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
}

/** An off-screen map lent to one figure; `giveBack` when its picture has been read. */
export interface FigureMapLoan {
  map: MapLibreMap;
  /** Holds the map at "draw nothing" until a tile is set (see drawInTiles). */
  clip: ScissorClip;
  giveBack: () => void;
}

/**
 * How long the kept map outlives the last figure. Creating it costs the page one task of
 * 0.3–4 s under SwiftShader (the WebGL context) and linking its shaders another 0.3–1.4 s;
 * a report writer making figure after figure pays that once, and a planner who stopped
 * gets its memory (its drawing buffers: tens of MB at 300 dpi) back a minute later.
 */
export const FIGURE_MAP_QUIET_MS = 60_000;

// MapLibre's default cap (4096) would quietly lower the pixel ratio of an A3 figure at 300 dpi
// (4961 pixels wide) and blur it; every WebGL we meet, SwiftShader included, takes 8192.
const MAX_CANVAS_PX = 8192;

/** Marks the kept map's container, so a browser test can see whether one is alive. */
export const FIGURE_MAP_ATTRIBUTE = 'data-figure-map';

interface FigureMap {
  map: MapLibreMap;
  container: HTMLDivElement;
  clip: ScissorClip;
  /** The style last given to the map, as read from the live map. */
  style: StyleSpecification;
}

let kept: FigureMap | null = null;
let lent = false;
// closeFigureMap came while the kept map was lent: it goes when given back.
let closeWhenBack = false;
const quiet = quietTimer(FIGURE_MAP_QUIET_MS, () => closeFigureMap());

function sizeContainer(container: HTMLDivElement, setup: FigureMapSetup): void {
  container.style.width = `${setup.widthPx}px`;
  container.style.height = `${setup.heightPx}px`;
}

function createFigureMap(setup: FigureMapSetup): FigureMap {
  const container = document.createElement('div');
  // Laid out (MapLibre needs a size) but out of sight and out of the accessibility tree.
  Object.assign(container.style, { position: 'fixed', left: '-100000px', top: '0' });
  sizeContainer(container, setup);
  container.setAttribute('aria-hidden', 'true');
  container.setAttribute(FIGURE_MAP_ATTRIBUTE, '');
  document.body.append(container);
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: setup.style,
      bounds: setup.bounds,
      bearing: setup.bearing,
      pixelRatio: setup.pixelRatio,
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
  const clip = scissorClip(mapContext(map));
  map.fitBounds(setup.bounds, { duration: 0, padding: 0 });
  return { map, container, clip, style: setup.style };
}

/** Sets a kept map to a new figure: its size, pixel ratio, style (as a diff) and area. */
function reuse(figure: FigureMap, setup: FigureMapSetup): void {
  figure.clip.set(null);
  sizeContainer(figure.container, setup);
  // Resizes the canvas to the container at the new ratio (MapLibre reads the container).
  figure.map.setPixelRatio(setup.pixelRatio);
  restyleFigureMap(figure.map, figure.style, setup.style);
  figure.style = setup.style;
  figure.map.setBearing(setup.bearing);
  figure.map.fitBounds(setup.bounds, { duration: 0, padding: 0 });
  figure.map.triggerRepaint();
}

function destroy(figure: FigureMap): void {
  figure.clip.release();
  figure.map.remove();
  figure.container.remove();
}

/**
 * Lends the off-screen figure map, set to `setup`. The first figure creates it (the WebGL
 * context and the shader programs: the two long tasks a figure costs the page); later ones
 * resize and re-style the same map and pay neither. While it is lent, a second figure made at
 * the same time gets a map of its own, removed when given back.
 */
export function borrowFigureMap(setup: FigureMapSetup): FigureMapLoan {
  if (lent) {
    const own = createFigureMap(setup);
    return { map: own.map, clip: own.clip, giveBack: () => destroy(own) };
  }
  quiet.cancel();
  if (kept) {
    try {
      reuse(kept, setup);
    } catch {
      // A style the kept map cannot take (MapLibre normally reloads it whole): start afresh.
      destroy(kept);
      kept = createFigureMap(setup);
    }
  } else kept = createFigureMap(setup);
  lent = true;
  closeWhenBack = false;
  const { map, clip } = kept;
  let given = false;
  return {
    map,
    clip,
    giveBack: () => {
      if (given) return;
      given = true;
      lent = false;
      clip.set(null);
      if (closeWhenBack) closeFigureMap();
      else quiet.restart();
    },
  };
}

/**
 * Removes the kept figure map now (the figure dialog closed), or as soon as the figure that
 * has it gives it back. The next figure creates a new one.
 */
export function closeFigureMap(): void {
  quiet.cancel();
  if (lent) {
    closeWhenBack = true;
    return;
  }
  if (kept) destroy(kept);
  kept = null;
}
