import { orient, withinSegmentBox } from '../geometry/segment-predicates.ts';

/** How two edges meet: not at all, crossing or running along each other, or at one point. */
export type EdgeMeeting = 0 | 1 | 2;

/** The edges do not meet. */
export const MEET_NONE = 0;
/** The edges cross or share a stretch. */
export const MEET_CROSS = 1;
/** The edges touch at one point. */
export const MEET_TOUCH = 2;

/**
 * Where the last {@link edgeContact} that met put the contact. One shared object, since the
 * callers test millions of edge pairs and copy the point only when they keep it.
 */
export const contactPoint = { x: 0, y: 0 };

/**
 * How edge a→b meets edge c→d of another ring. A proper crossing or a shared stretch of edge
 * breaks OGC validity (GEOS calls both "Self-intersection"); a touch at one point is allowed.
 * The place goes to {@link contactPoint}: the crossing, the start of the stretch, or the touch.
 */
export function edgeContact(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): EdgeMeeting {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const s = o3 / (o3 - o4);
    return meet(MEET_CROSS, ax + s * (bx - ax), ay + s * (by - ay));
  }
  if (o1 === 0 && o2 === 0 && sharedStretch(ax, ay, bx, by, cx, cy, dx, dy)) {
    return MEET_CROSS;
  }
  if (o1 === 0 && withinSegmentBox(ax, ay, bx, by, cx, cy)) return meet(MEET_TOUCH, cx, cy);
  if (o2 === 0 && withinSegmentBox(ax, ay, bx, by, dx, dy)) return meet(MEET_TOUCH, dx, dy);
  if (o3 === 0 && withinSegmentBox(cx, cy, dx, dy, ax, ay)) return meet(MEET_TOUCH, ax, ay);
  if (o4 === 0 && withinSegmentBox(cx, cy, dx, dy, bx, by)) return meet(MEET_TOUCH, bx, by);
  return MEET_NONE;
}

function meet(meeting: EdgeMeeting, x: number, y: number): EdgeMeeting {
  contactPoint.x = x;
  contactPoint.y = y;
  return meeting;
}

/**
 * Whether collinear segments a→b and c→d overlap along more than a point; if so, puts the
 * start of the stretch (an endpoint of one of them) in {@link contactPoint}.
 */
function sharedStretch(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const alongX = Math.abs(bx - ax) >= Math.abs(by - ay);
  const [a, b, c, d] = alongX ? [ax, bx, cx, dx] : [ay, by, cy, dy];
  const low = Math.max(Math.min(a, b), Math.min(c, d));
  const high = Math.min(Math.max(a, b), Math.max(c, d));
  if (!(high > low)) return false;
  for (const [x, y] of [
    [ax, ay],
    [bx, by],
    [cx, cy],
    [dx, dy],
  ] as const) {
    if ((alongX ? x : y) !== low) continue;
    meet(MEET_CROSS, x, y);
    return true;
  }
  meet(MEET_CROSS, ax, ay);
  return true;
}
