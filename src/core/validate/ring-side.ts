import { type Box, ringBox } from './ring-box.ts';
import { pointInRing } from './ring-geometry.ts';
import type { Position } from './walk.ts';

/** Where a ring lies against another it does not cross: inside, outside, on both sides, unknown. */
export type RingSide = 'inside' | 'outside' | 'both' | 'unknown';

/** Above this many vertex × edge tests, a touching ring is judged by its first free vertex. */
const FULL_TEST_LIMIT = 4_000_000;

/**
 * Which side of `other` the ring `ring` lies on, knowing that no edges of the two cross. Without
 * contact, any vertex not on `other` decides. When the rings touch at points, the ring may pass
 * to the other side through a touching point, so every vertex and every edge's midpoint is
 * tested (bounded: a huge pair falls back to the first vertex).
 *
 * A point outside `other`'s box is outside it without walking its edges: two parts that touch
 * at a corner then cost the few points near the corner, not every point times every edge.
 * `otherBox` is `other`'s box when the caller has it.
 */
export function ringSide(
  ring: readonly Position[],
  other: readonly Position[],
  touching: boolean,
  otherBox?: Box,
): RingSide {
  const full = touching && ring.length * other.length <= FULL_TEST_LIMIT;
  const box = otherBox ?? (full ? ringBox(other) : undefined);
  const locate = (x: number, y: number) =>
    box !== undefined && outsideBox(x, y, box) ? -1 : pointInRing(x, y, other);
  let inside = false;
  let outside = false;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const where = locate(a[0]!, a[1]!);
    if (where === 1) inside = true;
    if (where === -1) outside = true;
    if (!full && where !== 0) break;
    if (!full || i + 1 === ring.length) continue;
    const b = ring[i + 1]!;
    const middle = locate((a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2);
    if (middle === 1) inside = true;
    if (middle === -1) outside = true;
  }
  if (inside && outside) return 'both';
  if (inside) return 'inside';
  return outside ? 'outside' : 'unknown';
}

/**
 * Whether (x, y) is clearly outside the box, so {@link pointInRing} would say -1. Above or below
 * it no edge can be crossed or touched; east or west, a margin far above rounding keeps a
 * point whose crossing test rounds across an edge's end with the full test.
 */
function outsideBox(x: number, y: number, box: Box): boolean {
  if (y < box[1] || y > box[3]) return true;
  const margin = 1e-9 * (1 + Math.abs(box[0]) + Math.abs(box[2]));
  return x < box[0] - margin || x > box[2] + margin;
}
