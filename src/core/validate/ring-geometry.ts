import type { Position } from './walk.ts';

/**
 * Twice the signed area of a closed ring by the shoelace formula, in squared degrees: > 0 when
 * the ring runs counter-clockwise (east = x, north = y). Only its sign is used, and over a
 * region this size the sign is the same on the sphere.
 */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0]! - b[0]!) * (a[1]! + b[1]!);
  }
  return sum;
}

/** Whether the ring's last position repeats its first exactly (altitude included). */
export function isRingClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined || first.length !== last.length) return false;
  return first.every((value, i) => value === last[i]);
}

/** Even-odd point-in-ring test: 1 inside, -1 outside, 0 on the boundary. */
export function pointInRing(x: number, y: number, ring: readonly Position[]): 1 | 0 | -1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    const onSegment =
      cross === 0 &&
      x >= Math.min(xi, xj) &&
      x <= Math.max(xi, xj) &&
      y >= Math.min(yi, yj) &&
      y <= Math.max(yi, yj);
    if (onSegment) return 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}
