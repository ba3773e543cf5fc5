import Flatbush from 'flatbush';
import { orient, withinSegmentBox } from '../geometry/segment-predicates.ts';
import type { Position } from './walk.ts';

/** Where two rings cross or run along each other: the first such place found. */
export interface RingCrossing {
  x: number;
  y: number;
}

/** How the rings of one geometry meet one another (each ring already closed and simple). */
export interface RingContacts {
  /** Pairs of rings that cross or share a stretch of edge, by {@link pairKey}. */
  crossings: Map<number, RingCrossing>;
  /** Pairs of rings that touch at single points only, by {@link pairKey}. */
  touching: Set<number>;
  /** The points where two rings touch, each once per pair (at most {@link MAX_TOUCHES}). */
  touches: RingTouch[];
}

/** Two rings meeting at one point. */
export interface RingTouch {
  a: number;
  b: number;
  x: number;
  y: number;
}

/** Touch points kept per geometry: enough to find a cycle, bounded for hostile input. */
const MAX_TOUCHES = 10_000;

/** The key of the ring pair `a`, `b` among `ringCount` rings (order does not matter). */
export function pairKey(a: number, b: number, ringCount: number): number {
  return a < b ? a * ringCount + b : b * ringCount + a;
}

/**
 * Tests the edges of different rings against each other, through a Flatbush index of the edges'
 * boxes, so only edges whose boxes overlap are compared: about O(n log n) for real rings. A
 * proper crossing or a shared stretch of edge breaks OGC validity (GEOS calls both
 * "Self-intersection"); a touch at one point is allowed, but is noted, since then one vertex
 * of a ring is not enough to tell which side of the other ring it lies on.
 */
export function findRingContacts(rings: readonly (readonly Position[])[]): RingContacts {
  const contacts: RingContacts = { crossings: new Map(), touching: new Set(), touches: [] };
  const seen = new Set<string>();
  let edgeCount = 0;
  for (const ring of rings) edgeCount += ring.length - 1;
  if (rings.length < 2 || edgeCount === 0) return contacts;
  const edges = edgeTable(rings, edgeCount);
  const index = new Flatbush(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    index.add(edges.minX[e]!, edges.minY[e]!, edges.maxX[e]!, edges.maxY[e]!);
  }
  index.finish();
  for (let e = 0; e < edgeCount; e++) {
    index.search(edges.minX[e]!, edges.minY[e]!, edges.maxX[e]!, edges.maxY[e]!, (f) => {
      if (f > e && edges.ring[f] !== edges.ring[e]) {
        compare(edges, e, f, rings.length, contacts, seen);
      }
      return false;
    });
  }
  return contacts;
}

interface EdgeTable {
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  minX: Float64Array;
  minY: Float64Array;
  maxX: Float64Array;
  maxY: Float64Array;
  ring: Int32Array;
}

function edgeTable(rings: readonly (readonly Position[])[], edgeCount: number): EdgeTable {
  const f = () => new Float64Array(edgeCount);
  const t: EdgeTable = {
    ax: f(),
    ay: f(),
    bx: f(),
    by: f(),
    minX: f(),
    minY: f(),
    maxX: f(),
    maxY: f(),
    ring: new Int32Array(edgeCount),
  };
  let e = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++, e++) {
      const ax = ring[i]![0]!;
      const ay = ring[i]![1]!;
      const bx = ring[i + 1]![0]!;
      const by = ring[i + 1]![1]!;
      t.ax[e] = ax;
      t.ay[e] = ay;
      t.bx[e] = bx;
      t.by[e] = by;
      t.minX[e] = Math.min(ax, bx);
      t.maxX[e] = Math.max(ax, bx);
      t.minY[e] = Math.min(ay, by);
      t.maxY[e] = Math.max(ay, by);
      t.ring[e] = r;
    }
  });
  return t;
}

function compare(
  t: EdgeTable,
  e: number,
  f: number,
  ringCount: number,
  out: RingContacts,
  seen: Set<string>,
): void {
  const key = pairKey(t.ring[e]!, t.ring[f]!, ringCount);
  if (out.crossings.has(key)) return;
  const ax = t.ax[e]!;
  const ay = t.ay[e]!;
  const bx = t.bx[e]!;
  const by = t.by[e]!;
  const cx = t.ax[f]!;
  const cy = t.ay[f]!;
  const dx = t.bx[f]!;
  const dy = t.by[f]!;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const s = o3 / (o3 - o4);
    out.crossings.set(key, { x: ax + s * (bx - ax), y: ay + s * (by - ay) });
    return;
  }
  if (o1 === 0 && o2 === 0) {
    const shared = sharedStretch(ax, ay, bx, by, cx, cy, dx, dy);
    if (shared !== undefined) {
      out.crossings.set(key, shared);
      return;
    }
  }
  let point: [number, number] | undefined;
  if (o1 === 0 && withinSegmentBox(ax, ay, bx, by, cx, cy)) point = [cx, cy];
  else if (o2 === 0 && withinSegmentBox(ax, ay, bx, by, dx, dy)) point = [dx, dy];
  else if (o3 === 0 && withinSegmentBox(cx, cy, dx, dy, ax, ay)) point = [ax, ay];
  else if (o4 === 0 && withinSegmentBox(cx, cy, dx, dy, bx, by)) point = [bx, by];
  if (point === undefined) return;
  out.touching.add(key);
  const id = `${key} ${point[0]} ${point[1]}`;
  if (seen.has(id) || out.touches.length >= MAX_TOUCHES) return;
  seen.add(id);
  out.touches.push({ a: t.ring[e]!, b: t.ring[f]!, x: point[0], y: point[1] });
}

/** Where collinear segments a→b and c→d overlap along more than a point: its start. */
function sharedStretch(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): RingCrossing | undefined {
  const alongX = Math.abs(bx - ax) >= Math.abs(by - ay);
  const [a, b, c, d] = alongX ? [ax, bx, cx, dx] : [ay, by, cy, dy];
  const low = Math.max(Math.min(a, b), Math.min(c, d));
  const high = Math.min(Math.max(a, b), Math.max(c, d));
  if (!(high > low)) return undefined;
  // The start of the stretch is an endpoint of one of the two segments.
  for (const [x, y] of [
    [ax, ay],
    [bx, by],
    [cx, cy],
    [dx, dy],
  ] as const) {
    if ((alongX ? x : y) === low) return { x, y };
  }
  return { x: ax, y: ay };
}
