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
 */
export function ringSide(
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
