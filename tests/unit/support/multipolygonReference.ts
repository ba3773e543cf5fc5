import Flatbush from 'flatbush';
import { formatPosition } from '../../../src/core/validate/path.ts';
import { checkPolygon } from '../../../src/core/validate/polygon-check.ts';
import type { Reporter } from '../../../src/core/validate/reporter.ts';
import { boxesOverlap, ringBox } from '../../../src/core/validate/ring-box.ts';
import { findRingContacts, type RingContacts } from '../../../src/core/validate/ring-contacts.ts';
import { pointInRing } from '../../../src/core/validate/ring-geometry.ts';
import type { Position } from '../../../src/core/validate/walk.ts';

/**
 * The MultiPolygon check as it was before it was made to scale (a global edge index of every
 * ring, every vertex of touching rings tested against every edge): kept as the simple
 * reference the fast check must agree with.
 */
export function checkMultiPolygonReference(
  polygons: readonly Position[][][],
  path: string,
  reporter: Reporter,
): void {
  const valid: number[] = [];
  for (let i = 0; i < polygons.length; i++) {
    if (checkPolygon(polygons[i]!, `${path}[${i}]`, reporter)) valid.push(i);
  }
  if (valid.length < 2) return;
  const shells = valid.map((i) => polygons[i]![0]!);
  const boxes = shells.map(ringBox);
  const candidates = overlappingPairs(boxes);
  if (candidates.length === 0) return;
  // Every ring of every valid part, each tagged with its part.
  const rings: Position[][] = [];
  const partOfRing: number[] = [];
  valid.forEach((part, k) => {
    for (const ring of polygons[part]!) {
      rings.push(ring);
      partOfRing.push(k);
    }
  });
  const contacts = findRingContacts(rings);
  const crossings = partCrossings(contacts, partOfRing, rings.length);
  for (const [a, b] of candidates) {
    const crossing = crossings.get(a * valid.length + b);
    if (crossing) {
      reporter.error('parts-cross', `${path}[${valid[b]}]`, {
        part: valid[b]!,
        other: valid[a]!,
        near: formatPosition(crossing.x, crossing.y),
      });
      continue;
    }
    const touching = crossings.has(-(a * valid.length + b) - 1);
    const inner = insideOther(polygons[valid[a]!]!, polygons[valid[b]!]!, touching)
      ? a
      : insideOther(polygons[valid[b]!]!, polygons[valid[a]!]!, touching)
        ? b
        : undefined;
    if (inner === undefined) continue;
    const outer = inner === a ? b : a;
    reporter.error('parts-nested', `${path}[${valid[inner]}]`, {
      part: valid[inner]!,
      other: valid[outer]!,
    });
  }
}

/** Pairs of boxes that overlap, `[a, b]` with `a < b`, through an index when there are many. */
function overlappingPairs(boxes: readonly [number, number, number, number][]): [number, number][] {
  const pairs: [number, number][] = [];
  if (boxes.length <= 32) {
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        if (boxesOverlap(boxes[a]!, boxes[b]!)) pairs.push([a, b]);
      }
    }
    return pairs;
  }
  const index = new Flatbush(boxes.length);
  for (const box of boxes) index.add(...box);
  index.finish();
  boxes.forEach((box, a) => {
    for (const b of index.search(...box)) if (b > a) pairs.push([a, b]);
  });
  return pairs;
}

/**
 * The crossings between rings of different parts, by part pair (`a · parts + b`); touching
 * pairs are marked under the negative key `-(key) - 1`.
 */
function partCrossings(
  contacts: RingContacts,
  partOfRing: readonly number[],
  ringCount: number,
): Map<number, { x: number; y: number }> {
  const parts = Math.max(...partOfRing) + 1;
  const byParts = new Map<number, { x: number; y: number }>();
  const partKey = (ringPair: number) => {
    const a = partOfRing[Math.floor(ringPair / ringCount)]!;
    const b = partOfRing[ringPair % ringCount]!;
    if (a === b) return undefined;
    return Math.min(a, b) * parts + Math.max(a, b);
  };
  for (const [ringPair, crossing] of contacts.crossings) {
    const key = partKey(ringPair);
    if (key !== undefined && !byParts.has(key)) byParts.set(key, crossing);
  }
  for (const ringPair of contacts.touching) {
    const key = partKey(ringPair);
    if (key !== undefined) byParts.set(-key - 1, { x: 0, y: 0 });
  }
  return byParts;
}

/** Whether polygon `inner`'s shell lies inside `outer`'s shell and in none of its holes. */
function insideOther(
  inner: readonly Position[][],
  outer: readonly Position[][],
  touching: boolean,
): boolean {
  const shell = inner[0]!;
  const side = ringSide(shell, outer[0]!, touching);
  if (side !== 'inside' && side !== 'both') return false;
  for (let h = 1; h < outer.length; h++) {
    if (ringSide(shell, outer[h]!, touching) === 'inside') return false;
  }
  return true;
}

type RingSide = 'inside' | 'outside' | 'both' | 'unknown';

/** Above this many vertex × edge tests, a touching ring is judged by its first free vertex. */
const FULL_TEST_LIMIT = 4_000_000;

/**
 * Which side of `other` the ring `ring` lies on, knowing that no edges of the two cross. Without
 * contact, any vertex not on `other` decides. When the rings touch at points, the ring may pass
 * to the other side through a touching point, so every vertex and every edge's midpoint is
 * tested (bounded: a huge pair falls back to the first vertex).
 */
function ringSide(
  ring: readonly Position[],
  other: readonly Position[],
  touching: boolean,
): RingSide {
  const full = touching && ring.length * other.length <= FULL_TEST_LIMIT;
  let inside = false;
  let outside = false;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const where = pointInRing(a[0]!, a[1]!, other);
    if (where === 1) inside = true;
    if (where === -1) outside = true;
    if (!full && where !== 0) break;
    if (!full || i + 1 === ring.length) continue;
    const b = ring[i + 1]!;
    const middle = pointInRing((a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2, other);
    if (middle === 1) inside = true;
    if (middle === -1) outside = true;
  }
  if (inside && outside) return 'both';
  if (inside) return 'inside';
  return outside ? 'outside' : 'unknown';
}
