/** A point of the plane, in metres. */
export type PlanarPoint = [number, number];
/** A closed ring (last point repeats the first), in metres. */
export type PlanarRing = PlanarPoint[];
/** A polygon: outer ring then holes. */
export type PlanarPolygon = PlanarRing[];

/**
 * Chords per full turn of a round join or cap: with {@link arcFan}'s equal-area radius the
 * outline strays from the true circle by less than 0.1 % of the distance, and a disc's area is
 * exact.
 */
export const SEGMENTS_PER_TURN = 64;

/** Turns below this many radians get no round join: the gap it would fill is < 1e-9 · d wide. */
const SMALLEST_TURN_RADIANS = 1e-9;

/**
 * The pieces whose union is the buffer of a ring by `distanceMeters` on its right-hand side:
 * for each edge, the rectangle on its right, joined at the edge's end with the round wedge that
 * fills the turn to the next edge when the ring turns left there (a convex corner seen from the
 * right). A point on the right within the distance has its nearest point of the ring on an
 * edge (it is in that edge's rectangle) or at a left-turning vertex (in that vertex's wedge),
 * so no disc at a right turn or at every vertex is needed.
 *
 * `ring` is closed (last point = first), without repeated consecutive points. An open line is
 * passed walked out and back (a, …, z, …, a): its right side on the way back is its left side,
 * and each end is a turn of half a circle, which makes the round cap.
 */
export function ringSidePieces(ring: readonly PlanarPoint[], distanceMeters: number): PlanarRing[] {
  const pieces: PlanarRing[] = [];
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i++) {
    const start = ring[i] as PlanarPoint;
    const end = ring[i + 1] as PlanarPoint;
    const after = ring[i + 2 > edges ? 1 : i + 2] as PlanarPoint;
    pieces.push(edgePiece(start, end, after, distanceMeters));
  }
  return pieces;
}

/**
 * The rectangle right of `start`→`end`, with the wedge around `end` that fills a left turn to
 * `end`→`after` (half a circle when the path turns back on itself). One simple ring: the
 * wedge lies beside the rectangle, sharing its end side.
 */
function edgePiece(
  start: PlanarPoint,
  end: PlanarPoint,
  after: PlanarPoint,
  distanceMeters: number,
): PlanarRing {
  const [rx, ry] = rightNormal(start, end, distanceMeters);
  const piece: PlanarRing = [start, [start[0] + rx, start[1] + ry], [end[0] + rx, end[1] + ry]];
  const turn = leftTurnRadians(start, end, after);
  if (turn >= SMALLEST_TURN_RADIANS) {
    const fromAngle = Math.atan2(ry, rx);
    for (const point of arcFan(end, distanceMeters, fromAngle, turn)) piece.push(point);
    const [nx, ny] = rightNormal(end, after, distanceMeters);
    piece.push([end[0] + nx, end[1] + ny]);
  }
  piece.push(end, start);
  return piece;
}

/** The vector of length `distanceMeters` at right angles to the right of `start`→`end`. */
function rightNormal(start: PlanarPoint, end: PlanarPoint, distanceMeters: number): PlanarPoint {
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  const scale = distanceMeters / Math.hypot(dx, dy);
  return [dy * scale, -dx * scale];
}

/**
 * How far the path turns left at `end`, in radians (0 for straight on or a right turn, π when
 * it turns back on itself).
 */
function leftTurnRadians(start: PlanarPoint, end: PlanarPoint, after: PlanarPoint): number {
  const ax = end[0] - start[0];
  const ay = end[1] - start[1];
  const bx = after[0] - end[0];
  const by = after[1] - end[1];
  const cross = ax * by - ay * bx;
  const dot = ax * bx + ay * by;
  if (cross < 0 || (cross === 0 && dot >= 0)) return 0;
  // A cross product of -0 (turning back along an axis) must still give +π.
  return Math.atan2(Math.abs(cross), dot);
}

/**
 * The inner vertices of a circular arc around `center`, from `fromAngle` turning
 * anticlockwise by `sweepRadians`, without its two ends (which lie on the circle, where the
 * rectangles meet it). The chords are as many as a full turn of {@link SEGMENTS_PER_TURN}
 * would give that sweep; each vertex sits midway along its step, at the radius that gives the
 * fan exactly the sector's area.
 */
export function arcFan(
  center: PlanarPoint,
  radiusMeters: number,
  fromAngle: number,
  sweepRadians: number,
): PlanarPoint[] {
  const steps = Math.max(1, Math.ceil((sweepRadians * SEGMENTS_PER_TURN) / (2 * Math.PI) - 1e-9));
  const step = sweepRadians / steps;
  // Fan area from the centre: two end triangles ½·r·ρ·sin(step/2), steps−1 inner ones ½·ρ²·sin(step).
  const a = ((steps - 1) / 2) * Math.sin(step);
  const b = radiusMeters * Math.sin(step / 2);
  const c = -0.5 * radiusMeters * radiusMeters * sweepRadians;
  const vertexRadius = a === 0 ? -c / b : (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
  const points: PlanarPoint[] = [];
  for (let k = 0; k < steps; k++) {
    const angle = fromAngle + (k + 0.5) * step;
    points.push([
      center[0] + vertexRadius * Math.cos(angle),
      center[1] + vertexRadius * Math.sin(angle),
    ]);
  }
  return points;
}

/** A disc around a point: {@link SEGMENTS_PER_TURN} chords, with exactly the circle's area. */
export function discRing(center: PlanarPoint, radiusMeters: number): PlanarRing {
  const n = SEGMENTS_PER_TURN;
  const vertexRadius = radiusMeters * Math.sqrt((2 * Math.PI) / (n * Math.sin((2 * Math.PI) / n)));
  const ring: PlanarRing = [];
  for (let k = 0; k < n; k++) {
    const angle = (2 * Math.PI * k) / n;
    ring.push([
      center[0] + vertexRadius * Math.cos(angle),
      center[1] + vertexRadius * Math.sin(angle),
    ]);
  }
  ring.push([...(ring[0] as PlanarPoint)]);
  return ring;
}
