import Flatbush from 'flatbush';
import { orient, withinSegmentBox } from '../geometry/segment-predicates.ts';
import type { Position } from './walk.ts';

/** Where a ring touches or crosses itself: two edges, by the index of their first position. */
export interface RingIntersection {
  kind: 'crossing';
  /** Index in the ring (as written) of the first position of each edge. */
  edgeA: number;
  edgeB: number;
  x: number;
  y: number;
}

/** A ring with fewer than three distinct positions encloses nothing. */
export interface DegenerateRing {
  kind: 'degenerate';
}

/** Below this many edges, testing every pair beats building an index. */
const BRUTE_FORCE_MAX_EDGES = 64;

/**
 * The first place where a closed ring is not simple: two non-adjacent edges that cross or touch,
 * or two adjacent edges that fold back over each other (a spike). Repeated consecutive
 * positions are ignored, as OGC simple features allow them.
 *
 * Small rings test every pair of edges (fast for the tens of positions most rings have); big
 * rings index the edges' boxes in a Flatbush tree and test only overlapping boxes, about
 * O(n log n) for real-world rings.
 */
export function findRingSelfIntersection(
  ring: readonly Position[],
): RingIntersection | DegenerateRing | undefined {
  const vertices = distinctVertices(ring);
  const edgeCount = vertices.count - 1;
  if (edgeCount < 3) return { kind: 'degenerate' };
  const finder = edgeCount <= BRUTE_FORCE_MAX_EDGES ? findByPairs : findByIndex;
  return finder(vertices, edgeCount);
}

/** A ring's distinct vertices and the boxes of its edges, in reused buffers. */
interface Vertices {
  xs: Float64Array;
  ys: Float64Array;
  /** Index in the original ring of each distinct vertex. */
  source: Int32Array;
  /** Box of edge `e`, which runs from vertex `e` to `e + 1`. */
  minX: Float64Array;
  minY: Float64Array;
  maxX: Float64Array;
  maxY: Float64Array;
  count: number;
}

/**
 * Buffers shared by every call, grown when a bigger ring comes: a 40,000-polygon file would
 * otherwise allocate seven typed arrays per ring for the collector to sweep up. Safe because
 * the check is synchronous and nothing keeps a reference.
 */
let scratch = allocate(256);

function allocate(size: number): Vertices {
  const f = () => new Float64Array(size);
  return {
    xs: f(),
    ys: f(),
    source: new Int32Array(size),
    minX: f(),
    minY: f(),
    maxX: f(),
    maxY: f(),
    count: 0,
  };
}

function distinctVertices(ring: readonly Position[]): Vertices {
  if (scratch.xs.length < ring.length) scratch = allocate(ring.length * 2);
  const v = scratch;
  const { xs, ys } = v;
  let count = 0;
  for (let i = 0; i < ring.length; i++) {
    const x = ring[i]![0]!;
    const y = ring[i]![1]!;
    if (count > 0 && xs[count - 1] === x && ys[count - 1] === y) continue;
    xs[count] = x;
    ys[count] = y;
    v.source[count] = i;
    count += 1;
  }
  v.count = count;
  for (let e = 0; e + 1 < count; e++) {
    v.minX[e] = Math.min(xs[e]!, xs[e + 1]!);
    v.maxX[e] = Math.max(xs[e]!, xs[e + 1]!);
    v.minY[e] = Math.min(ys[e]!, ys[e + 1]!);
    v.maxY[e] = Math.max(ys[e]!, ys[e + 1]!);
  }
  return v;
}

function findByPairs(v: Vertices, edgeCount: number): RingIntersection | undefined {
  const { minX, minY, maxX, maxY } = v;
  for (let a = 0; a < edgeCount; a++) {
    const aMinX = minX[a]!;
    const aMinY = minY[a]!;
    const aMaxX = maxX[a]!;
    const aMaxY = maxY[a]!;
    for (let b = a + 1; b < edgeCount; b++) {
      if (minX[b]! > aMaxX || maxX[b]! < aMinX || minY[b]! > aMaxY || maxY[b]! < aMinY) continue;
      const hit = testEdges(v, edgeCount, a, b);
      if (hit) return hit;
    }
  }
  return undefined;
}

function findByIndex(v: Vertices, edgeCount: number): RingIntersection | undefined {
  const { minX, minY, maxX, maxY } = v;
  const index = new Flatbush(edgeCount);
  for (let e = 0; e < edgeCount; e++) index.add(minX[e]!, minY[e]!, maxX[e]!, maxY[e]!);
  index.finish();
  let hit: RingIntersection | undefined;
  const testLater = (a: number) => (b: number) => {
    if (b > a && hit === undefined) hit = testEdges(v, edgeCount, a, b);
    return false;
  };
  for (let a = 0; a < edgeCount && hit === undefined; a++) {
    index.search(minX[a]!, minY[a]!, maxX[a]!, maxY[a]!, testLater(a));
  }
  return hit;
}

/**
 * Tests edges `a < b` whose boxes overlap. Adjacent edges share a vertex and only fail when
 * they fold back along each other; other edges fail on any contact.
 */
function testEdges(
  v: Vertices,
  edgeCount: number,
  a: number,
  b: number,
): RingIntersection | undefined {
  const { xs, ys } = v;
  if (b === a + 1) return spikeAt(v, a, a + 1, a + 2, a, b);
  if (a === 0 && b === edgeCount - 1) return spikeAt(v, b, 0, 1, a, b);
  const ax = xs[a]!;
  const ay = ys[a]!;
  const bx = xs[a + 1]!;
  const by = ys[a + 1]!;
  const cx = xs[b]!;
  const cy = ys[b]!;
  const dx = xs[b + 1]!;
  const dy = ys[b + 1]!;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const t = o3 / (o3 - o4);
    return crossing(v, a, b, ax + t * (bx - ax), ay + t * (by - ay));
  }
  if (o1 === 0 && withinSegmentBox(ax, ay, bx, by, cx, cy)) return crossing(v, a, b, cx, cy);
  if (o2 === 0 && withinSegmentBox(ax, ay, bx, by, dx, dy)) return crossing(v, a, b, dx, dy);
  if (o3 === 0 && withinSegmentBox(cx, cy, dx, dy, ax, ay)) return crossing(v, a, b, ax, ay);
  if (o4 === 0 && withinSegmentBox(cx, cy, dx, dy, bx, by)) return crossing(v, a, b, bx, by);
  return undefined;
}

function crossing(v: Vertices, a: number, b: number, x: number, y: number): RingIntersection {
  return { kind: 'crossing', edgeA: v.source[a]!, edgeB: v.source[b]!, x, y };
}

/** Edges p→q and q→r fold back when r lies on the line through p and q, back towards p. */
function spikeAt(
  v: Vertices,
  p: number,
  q: number,
  r: number,
  a: number,
  b: number,
): RingIntersection | undefined {
  const { xs, ys } = v;
  const ux = xs[q]! - xs[p]!;
  const uy = ys[q]! - ys[p]!;
  const wx = xs[r]! - xs[q]!;
  const wy = ys[r]! - ys[q]!;
  if (ux * wy - uy * wx !== 0 || ux * wx + uy * wy >= 0) return undefined;
  return crossing(v, a, b, xs[q]!, ys[q]!);
}
