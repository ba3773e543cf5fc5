import type { PlanarPoint } from './buffer-pieces.ts';

/** The points without consecutive repeats (a ring stays closed). */
export function withoutRepeats(points: readonly PlanarPoint[]): PlanarPoint[] {
  const kept: PlanarPoint[] = [];
  let last: PlanarPoint | undefined;
  for (const point of points) {
    if (last && point[0] === last[0] && point[1] === last[1]) continue;
    kept.push(point);
    last = point;
  }
  return kept;
}

/** The ring with its first point repeated at the end, if it was not. */
export function closed(ring: PlanarPoint[]): PlanarPoint[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}

/** A line (two or more points) walked out and back as a closed ring: a, …, z, …, a. */
export function outAndBack(line: readonly PlanarPoint[]): PlanarPoint[] {
  return [...line, ...line.slice(0, -1).reverse()];
}

/** Twice the signed area of a closed ring (positive when anticlockwise). */
export function signedArea(ring: readonly PlanarPoint[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as PlanarPoint;
    const b = ring[i + 1] as PlanarPoint;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** The ring wound anticlockwise (`sign` 1) or clockwise (-1). */
export function orient(ring: PlanarPoint[], sign: 1 | -1): PlanarPoint[] {
  return Math.sign(signedArea(ring)) === -sign ? [...ring].reverse() : ring;
}

/** Whether a point lies inside a closed ring (even-odd; a point on the ring may go either way). */
export function insideRing(point: PlanarPoint, ring: readonly PlanarPoint[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i] as PlanarPoint;
    const [bx, by] = ring[i + 1] as PlanarPoint;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}
