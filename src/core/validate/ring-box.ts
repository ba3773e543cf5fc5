import type { Position } from './walk.ts';

/** A box as `[minX, minY, maxX, maxY]`. */
export type Box = [number, number, number, number];

/** The box of a ring's positions. */
export function ringBox(ring: readonly Position[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const position of ring) {
    const x = position[0]!;
    const y = position[1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Whether two boxes overlap or touch. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
