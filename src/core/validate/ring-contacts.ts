import Flatbush from 'flatbush';
import { contactPoint, edgeContact, MEET_CROSS, MEET_NONE } from './edge-contact.ts';
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
  const meeting = edgeContact(
    t.ax[e]!,
    t.ay[e]!,
    t.bx[e]!,
    t.by[e]!,
    t.ax[f]!,
    t.ay[f]!,
    t.bx[f]!,
    t.by[f]!,
  );
  if (meeting === MEET_NONE) return;
  const { x, y } = contactPoint;
  if (meeting === MEET_CROSS) {
    out.crossings.set(key, { x, y });
    return;
  }
  out.touching.add(key);
  const id = `${key} ${x} ${y}`;
  if (seen.has(id) || out.touches.length >= MAX_TOUCHES) return;
  seen.add(id);
  out.touches.push({ a: t.ring[e]!, b: t.ring[f]!, x, y });
}
