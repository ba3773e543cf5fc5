import type { Position } from 'geojson';
import { orient } from '../geometry/segment-predicates.ts';
import { clipIntersection, type PolygonClipper } from './clip-intersection.ts';
import { clipRingsToBox } from './clip-rings-to-box.ts';
import { pointInPolygons } from './point-in-polygons.ts';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

/** Polygons (MultiPolygon coordinates) with their bounding box. */
export interface BoxedPolygons {
  polygons: Position[][][];
  box: Box;
  vertexCount: number;
}

/**
 * The intersection of two polygonal features in lon/lat: nothing, all of one of them, or the
 * polygons the clipper returned.
 */
export type Intersection =
  | { kind: 'none' }
  | { kind: 'first' }
  | { kind: 'second' }
  | { kind: 'clipped'; polygons: Position[][][] };

/** How far past the small polygon's box the large one is cut, in degrees (about 1 cm). */
const CLIP_MARGIN_DEGREES = 1e-7;

/**
 * Intersects two polygonal features, as GEOS would in lon/lat. Most pairs need no clipper:
 * when the boundaries do not meet at all, one lies inside the other or they are apart. Only
 * pairs whose boundaries meet go to the clipper (clip-intersection.ts), and then the larger
 * polygon is first cut down to the smaller one's box, so the clipper sweeps a dozen edges
 * instead of hundreds. Throws a ClipFailure when no clipper can intersect the pair. `clip` is
 * there for the clipper benchmark (bench/analysis-clippers.bench.ts).
 */
export function intersectPolygons(
  first: BoxedPolygons,
  second: BoxedPolygons,
  clip: PolygonClipper = clipIntersection,
): Intersection {
  if (!boxesOverlap(first.box, second.box)) return { kind: 'none' };
  const firstIsSmall = first.vertexCount <= second.vertexCount;
  const small = firstIsSmall ? first : second;
  const large = firstIsSmall ? second : first;
  const simple = withoutClipper(small, large);
  if (simple === 'none') return { kind: 'none' };
  if (simple === 'small') return { kind: firstIsSmall ? 'first' : 'second' };
  const [west, south, east, north] = small.box;
  const cut = clipRingsToBox(large.polygons, [
    west - CLIP_MARGIN_DEGREES,
    south - CLIP_MARGIN_DEGREES,
    east + CLIP_MARGIN_DEGREES,
    north + CLIP_MARGIN_DEGREES,
  ]);
  if (cut && cut.length === 0) return { kind: 'none' };
  const shared = clip(small.polygons, cut ?? large.polygons, large.polygons);
  if (shared.length === 0) return { kind: 'none' };
  return { kind: 'clipped', polygons: shared };
}

/**
 * 'none' or 'small' (all of the small one is shared) when no edge of one meets an edge of the
 * other; 'clip' when they meet (touching counts) or nesting is mixed.
 */
function withoutClipper(small: BoxedPolygons, large: BoxedPolygons): 'none' | 'small' | 'clip' {
  const nearEdges = edgesNearBox(large.polygons, small.box);
  if (nearEdges.length === 0 && !boxContains(large.box, small.box)) return 'none';
  if (anyEdgeMeets(small.polygons, nearEdges)) return 'clip';
  for (const rings of large.polygons) {
    for (const ring of rings) {
      const first = ring[0];
      if (first && pointInBox(first, small.box) && pointInPolygons(first, small.polygons)) {
        return 'clip';
      }
    }
  }
  let inside = 0;
  for (const rings of small.polygons) {
    const first = rings[0]?.[0];
    if (first && pointInPolygons(first, large.polygons)) inside++;
  }
  if (inside === 0) return 'none';
  return inside === small.polygons.length ? 'small' : 'clip';
}

/** The edges of the polygons whose boxes touch `box`, as [x0, y0, x1, y1]. */
function edgesNearBox(polygons: readonly Position[][][], box: Box): number[][] {
  const [west, south, east, north] = box;
  const edges: number[][] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const x0 = (ring[i] as Position)[0] as number;
        const y0 = (ring[i] as Position)[1] as number;
        const x1 = (ring[i + 1] as Position)[0] as number;
        const y1 = (ring[i + 1] as Position)[1] as number;
        if (Math.max(x0, x1) < west || Math.min(x0, x1) > east) continue;
        if (Math.max(y0, y1) < south || Math.min(y0, y1) > north) continue;
        edges.push([x0, y0, x1, y1]);
      }
    }
  }
  return edges;
}

function anyEdgeMeets(polygons: readonly Position[][][], edges: readonly number[][]): boolean {
  if (edges.length === 0) return false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        for (const edge of edges) {
          if (segmentsMeet(a, b, edge)) return true;
        }
      }
    }
  }
  return false;
}

/** Whether two closed segments share any point (touching and overlapping included). */
function segmentsMeet(a: Position, b: Position, edge: readonly number[]): boolean {
  const ax = a[0] as number;
  const ay = a[1] as number;
  const bx = b[0] as number;
  const by = b[1] as number;
  const cx = edge[0] as number;
  const cy = edge[1] as number;
  const dx = edge[2] as number;
  const dy = edge[3] as number;
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  // Collinear or touching at an end: boxes already overlap, so let the clipper decide.
  return d1 === 0 || d2 === 0 || d3 === 0 || d4 === 0;
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function boxContains(outer: Box, inner: Box): boolean {
  return (
    outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
  );
}

function pointInBox(point: Position, box: Box): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}
