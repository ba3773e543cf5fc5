import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  createFigureMap,
  destroyFigureMap as destroy,
  type FigureMap,
  type FigureMapSetup,
  sizeContainer,
} from './createFigureMap.ts';
import { quietTimer } from './quietTimer.ts';
import { restyleFigureMap } from './restyleFigureMap.ts';
import type { ScissorClip } from './scissorClip.ts';

/** An off-screen map lent to one figure; `giveBack` when its picture has been read. */
export interface FigureMapLoan {
  map: MapLibreMap;
  /** Holds the map at "draw nothing" until a tile is set (see drawInTiles). */
  clip: ScissorClip;
  giveBack: () => void;
}

/**
 * How long the kept map outlives the last figure. Creating it costs seconds under SwiftShader
 * (the WebGL context, loading, linking the shaders: see createFigureMap); a report writer
 * making figure after figure pays that once, and a planner who stopped gets its memory (its
 * drawing buffers: tens of MB at 300 dpi) back a minute later.
 */
export const FIGURE_MAP_QUIET_MS = 60_000;

let kept: FigureMap | null = null;
let lent = false;
// closeFigureMap came while the kept map was lent: it goes when given back.
let closeWhenBack = false;
const quiet = quietTimer(FIGURE_MAP_QUIET_MS, () => closeFigureMap());

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

/** Sets the kept map to `setup`, creating it first when there is none (or it broke). */
async function keptFor(setup: FigureMapSetup): Promise<FigureMap> {
  if (kept) {
    try {
      reuse(kept, setup);
      return kept;
    } catch {
      // A style the kept map cannot take (MapLibre normally reloads it whole): start afresh.
      destroy(kept);
      kept = null;
    }
  }
  kept = await createFigureMap(setup);
  return kept;
}

/**
 * Lends the off-screen figure map, set to `setup`. The first figure creates it (the WebGL
 * context and the shader programs: the long tasks a figure costs the page, see
 * createFigureMap); later ones resize and re-style the same map and pay neither. While it is
 * lent, a second figure made at the same time gets a map of its own, removed when given back.
 */
export async function borrowFigureMap(setup: FigureMapSetup): Promise<FigureMapLoan> {
  if (lent) {
    const own = await createFigureMap(setup);
    return { map: own.map, clip: own.clip, giveBack: () => destroy(own) };
  }
  quiet.cancel();
  // Lent from now: a figure asked for while this one's map is being created gets its own.
  lent = true;
  closeWhenBack = false;
  let figure: FigureMap;
  try {
    figure = await keptFor(setup);
  } catch (error) {
    lent = false;
    throw error;
  }
  const { map, clip } = figure;
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
