/**
 * Exact planar predicates on segments, shared by the validator's ring checks and the overlap
 * pre-filter. They work on raw coordinates (no Position arrays) because the callers run them
 * in tight loops over typed arrays.
 */

/** Twice the signed area of triangle a, b, c: > 0 when c is left of a→b, 0 when collinear. */
export function orient(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether c, known to be collinear with a→b, lies within the segment's box. */
export function withinSegmentBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): boolean {
  return (
    cx >= Math.min(ax, bx) &&
    cx <= Math.max(ax, bx) &&
    cy >= Math.min(ay, by) &&
    cy <= Math.max(ay, by)
  );
}
