import Flatbush from 'flatbush';
import { formatPosition } from './path.ts';
import { boxesOverlap, checkPolygon, ringBox } from './polygon-check.ts';
import type { Reporter } from './reporter.ts';
import { findRingContacts, type RingContacts } from './ring-contacts.ts';
import { ringSide } from './ring-side.ts';
import type { Position } from './walk.ts';

/**
 * Checks each polygon of a MultiPolygon, then the valid ones against each other (OGC): parts
 * may touch at points but not cross, share an edge, or lie inside one another (outside the
 * other's holes), or analysis would count their area twice.
 */
export function checkMultiPolygon(
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
