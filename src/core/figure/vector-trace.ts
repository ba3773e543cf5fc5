import { simplify } from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import { type FigureMapView, imagePixelProjector } from './map-projection.ts';
import { packedPaths, packedPolygons } from './packed-shapes.ts';
import type { VectorLayer, VectorPaint, VectorPass } from './vector-layers.ts';

/**
 * A pass traced on the picture: positions in whole image pixels (one dot at the figure's dpi,
 * x right, y down from the picture's top left), each path a flat list `x0 y0 x1 y1 …`.
 */
export type TracedPass =
  | { kind: 'fill'; paint: VectorPaint; polygons: number[][][] }
  | {
      kind: 'stroke';
      paint: VectorPaint;
      widthPx: number;
      dashPx: readonly number[] | null;
      round: boolean;
      /** Open paths. */
      lines: number[][];
      /** Closed paths (outlines wholly within the frame), closed where they start. */
      rings: number[][];
    }
  | { kind: 'circle'; paint: VectorPaint; radiusPx: number; ringPx: number; centers: number[] };

/** The plan layers traced on the picture, bottom first, and the picture's size. */
export interface TracedMap {
  widthPx: number;
  heightPx: number;
  passes: TracedPass[];
}

/**
 * Vertices closer than this to the simplified line are dropped (image pixels): with the
 * rounding to whole pixels, no kept vertex is more than a pixel from where the map drew it.
 */
const SIMPLIFY_TOLERANCE_PX = 0.5;

type Box = { minX: number; minY: number; maxX: number; maxY: number };
type Ring = [number, number][];

function ringBox(ring: Ring): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of ring) {
    if (x < box.minX) box.minX = x;
    if (y < box.minY) box.minY = y;
    if (x > box.maxX) box.maxX = x;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

const overlaps = (a: Box, b: Box) =>
  a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;
const inside = (a: Box, b: Box) =>
  a.minX >= b.minX && a.maxX <= b.maxX && a.minY >= b.minY && a.maxY <= b.maxY;

/** Whole pixels, repeats dropped, then the vertices that change nothing at print size. */
function roundPath(path: Ring, closed: boolean): number[] {
  const rounded: Ring = [];
  for (const [x, y] of path) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  if (closed && rounded.length > 1) {
    const [first, last] = [rounded[0]!, rounded[rounded.length - 1]!];
    if (first[0] === last[0] && first[1] === last[1]) rounded.pop();
  }
  if (rounded.length < (closed ? 3 : 2)) return [];
  const line = closed ? [...rounded, rounded[0]!] : rounded;
  let kept = line;
  if (line.length > 3) {
    const simple = simplify(
      { type: 'LineString', coordinates: line },
      { tolerance: SIMPLIFY_TOLERANCE_PX, mutate: true },
    ).coordinates as Ring;
    // A ring thinner than the tolerance keeps its rounded vertices rather than vanish.
    if (!closed || simple.length >= 4) kept = simple;
  }
  if (closed) kept = kept.slice(0, -1);
  return kept.flat();
}

/**
 * The parts of one polygon (rings in image pixels) within `clip`: whole when inside it, cut by
 * polyclip-ts when across its edge, none when outside.
 */
function clipPolygon(rings: Ring[], clip: Box): Ring[][] {
  const outer = rings[0];
  if (!outer || outer.length < 3) return [];
  const box = ringBox(outer);
  if (!overlaps(box, clip)) return [];
  if (inside(box, clip)) return [rings];
  const frame: Ring = [
    [clip.minX, clip.minY],
    [clip.maxX, clip.minY],
    [clip.maxX, clip.maxY],
    [clip.minX, clip.maxY],
    [clip.minX, clip.minY],
  ];
  try {
    return polyclip.intersection(rings as polyclip.Geom, [frame]) as Ring[][];
  } catch {
    // A ring polyclip cannot cut (self-crossing): drawn whole, the frame's clip still holds.
    return [rings];
  }
}

/** Runs of a line's segments that come near the frame; the rest is off the figure. */
function clipLine(line: Ring, clip: Box): Ring[] {
  const runs: Ring[] = [];
  let run: Ring = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const segment = ringBox([a, b]);
    if (overlaps(segment, clip)) {
      if (run.length === 0) run.push(a);
      run.push(b);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A PDF dash array that draws MapLibre's dashes. With round caps, MapLibre's dash texture holds
 * each cap (half the line's width past the dash's end) and stretches it with the pattern along
 * the line, while a PDF cap is always half the width: each dash is longer by `capStretchPx`
 * (the width times the stretch less one) and each gap shorter, so dashes and gaps print as long
 * as the map draws them. Butt caps (`capStretchPx` 0) take the pattern as it is.
 */
export function stretchedDash(dashPx: readonly number[], capStretchPx: number): number[] {
  if (capStretchPx === 0) return [...dashPx];
  // An odd array repeats with dashes and gaps swapped: written out twice, dashes sit at even places.
  const pattern = dashPx.length % 2 === 1 ? [...dashPx, ...dashPx] : dashPx;
  return pattern.map((length, index) =>
    Math.max(0, index % 2 === 0 ? length + capStretchPx : length - capStretchPx),
  );
}

/**
 * Traces the plan layers on the figure's picture: each position projected as the map projected
 * it, kept within the frame (with a margin wider than any line, so a cut edge is never drawn
 * inside the frame), rounded to whole image pixels and simplified to what the print resolves.
 */
export function traceVectorMap(layers: readonly VectorLayer[], view: FigureMapView): TracedMap {
  const project = imagePixelProjector(view);
  const pxPerCss = view.imageWidthPx / view.widthCssPx;
  // MapLibre lays a dash pattern out in pixels of the tiles' whole zoom (`transform.tileZoom`),
  // so between whole zooms the dashes it draws are longer by 2^(zoom − ⌊zoom⌋) than the style says.
  const dashStretch = 2 ** (view.zoom - Math.floor(view.zoom));
  const dashPxPerCss = pxPerCss * dashStretch;
  const toPixels = (ring: [number, number][]): Ring => ring.map(([lng, lat]) => project(lng, lat));
  const widest = Math.max(
    1,
    ...layers.flatMap((layer) =>
      layer.passes.map((pass) =>
        pass.kind === 'stroke'
          ? pass.widthCssPx
          : pass.kind === 'circle'
            ? pass.radiusCssPx + pass.ringCssPx
            : 0,
      ),
    ),
  );
  const margin = Math.ceil(widest * pxPerCss) + 2;
  const clip: Box = {
    minX: -margin,
    minY: -margin,
    maxX: view.imageWidthPx + margin,
    maxY: view.imageHeightPx + margin,
  };
  const trace = (pass: VectorPass): TracedPass | null => {
    if (pass.kind === 'fill') {
      const polygons: number[][][] = [];
      for (const polygon of packedPolygons(pass.shapes))
        for (const part of clipPolygon(polygon.map(toPixels), clip)) {
          const rings = part.map((ring) => roundPath(ring, true));
          if ((rings[0]?.length ?? 0) > 0) polygons.push(rings.filter((r) => r.length > 0));
        }
      return polygons.length > 0 ? { kind: 'fill', paint: pass.paint, polygons } : null;
    }
    if (pass.kind === 'stroke') {
      const lines: number[][] = [];
      const rings: number[][] = [];
      for (const path of packedPaths(pass.shapes)) {
        const pixels = toPixels(path);
        const whole = pass.closed && inside(ringBox(pixels), clip);
        for (const run of whole ? [pixels] : clipLine(pixels, clip)) {
          const traced = roundPath(run, whole);
          if (traced.length > 0) (whole ? rings : lines).push(traced);
        }
      }
      if (lines.length === 0 && rings.length === 0) return null;
      return {
        kind: 'stroke',
        paint: pass.paint,
        widthPx: pass.widthCssPx * pxPerCss,
        dashPx: pass.dashCssPx
          ? stretchedDash(
              pass.dashCssPx.map((d) => d * dashPxPerCss),
              pass.round ? pass.widthCssPx * pxPerCss * (dashStretch - 1) : 0,
            )
          : null,
        round: pass.round,
        lines,
        rings,
      };
    }
    const centers: number[] = [];
    const { coords } = pass.shapes;
    for (let i = 0; i < coords.length; i += 2) {
      const [x, y] = project(coords[i]!, coords[i + 1]!);
      if (x < clip.minX || x > clip.maxX || y < clip.minY || y > clip.maxY) continue;
      centers.push(Math.round(x), Math.round(y));
    }
    if (centers.length === 0) return null;
    return {
      kind: 'circle',
      paint: pass.paint,
      radiusPx: pass.radiusCssPx * pxPerCss,
      ringPx: pass.ringCssPx * pxPerCss,
      centers,
    };
  };
  const passes = layers.flatMap((layer) => layer.passes.map(trace)).filter((p) => p !== null);
  return { widthPx: view.imageWidthPx, heightPx: view.imageHeightPx, passes };
}
