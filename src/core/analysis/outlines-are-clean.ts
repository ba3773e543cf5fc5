import Flatbush from 'flatbush';
import { orient, withinSegmentBox } from '../geometry/segment-predicates.ts';
import type { PlanarPoint } from './buffer-pieces.ts';

/**
 * How far below the distance an outline may come to the source: the round joins' chords sag
 * inside the circle by up to 0.08 % of it (64 chords a turn); anything nearer is another part
 * of the source reaching into the outline.
 */
const CHORD_SAG_ALLOWANCE = 0.002;

/**
 * Whether the moved-out outlines of offset-ring.ts are the buffer's boundary as they stand:
 * no two of their edges cross or touch (adjacent edges aside), and no edge comes nearer than
 * the distance to an edge of the source. Then every outline point is at the distance from the
 * source, on the buffer's boundary, and the outlines are all of it. Otherwise (a bay narrower
 * than twice the distance, a hole that fills, a line that comes back near itself) the union
 * of pieces must decide.
 */
export function outlinesAreClean(
  outlines: readonly (readonly PlanarPoint[])[],
  sources: readonly (readonly PlanarPoint[])[],
  distanceMeters: number,
): boolean {
  const outlineEdges = new Edges(outlines);
  const sourceEdges = new Edges(sources);
  return (
    !outlineEdges.anyTwoMeet() &&
    !outlineEdges.anyNearer(sourceEdges, distanceMeters * (1 - CHORD_SAG_ALLOWANCE))
  );
}

/** The edges of some polylines, flattened, with a spatial index of their boxes. */
class Edges {
  /** x1, y1, x2, y2 per edge. */
  readonly ends: Float64Array;
  /** Which polyline each edge belongs to, and its place there. */
  private readonly line: Int32Array;
  private readonly place: Int32Array;
  private readonly lineEdges: number[] = [];
  readonly index: Flatbush;

  constructor(lines: readonly (readonly PlanarPoint[])[]) {
    const count = lines.reduce((sum, line) => sum + Math.max(0, line.length - 1), 0);
    this.ends = new Float64Array(count * 4);
    this.line = new Int32Array(count);
    this.place = new Int32Array(count);
    this.index = new Flatbush(Math.max(1, count));
    let edge = 0;
    lines.forEach((points, lineIndex) => {
      this.lineEdges.push(Math.max(0, points.length - 1));
      for (let k = 0; k + 1 < points.length; k++, edge++) {
        const a = points[k] as PlanarPoint;
        const b = points[k + 1] as PlanarPoint;
        this.ends[edge * 4] = a[0];
        this.ends[edge * 4 + 1] = a[1];
        this.ends[edge * 4 + 2] = b[0];
        this.ends[edge * 4 + 3] = b[1];
        this.line[edge] = lineIndex;
        this.place[edge] = k;
        this.index.add(
          Math.min(a[0], b[0]),
          Math.min(a[1], b[1]),
          Math.max(a[0], b[0]),
          Math.max(a[1], b[1]),
        );
      }
    });
    if (count === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  get count(): number {
    return this.line.length;
  }

  /** Whether two edges that do not follow each other on a closed outline cross or touch. */
  anyTwoMeet(): boolean {
    const e = this.ends;
    let met = false;
    for (let i = 0; i < this.count && !met; i++) {
      const x1 = e[i * 4] as number;
      const y1 = e[i * 4 + 1] as number;
      const x2 = e[i * 4 + 2] as number;
      const y2 = e[i * 4 + 3] as number;
      const meets = (j: number) => {
        if (met || j <= i || this.adjacent(i, j)) return false;
        const at = j * 4;
        const x3 = e[at] as number;
        const y3 = e[at + 1] as number;
        met = segmentsMeet(x1, y1, x2, y2, x3, y3, e[at + 2] as number, e[at + 3] as number);
        return false;
      };
      this.index.search(
        Math.min(x1, x2),
        Math.min(y1, y2),
        Math.max(x1, x2),
        Math.max(y1, y2),
        meets,
      );
    }
    return met;
  }

  /** Whether any of these edges comes nearer than `limit` to any of `others`. */
  anyNearer(others: Edges, limit: number): boolean {
    const e = this.ends;
    const o = others.ends;
    const limitSquared = limit * limit;
    let near = false;
    for (let i = 0; i < this.count && !near; i++) {
      const x1 = e[i * 4] as number;
      const y1 = e[i * 4 + 1] as number;
      const x2 = e[i * 4 + 2] as number;
      const y2 = e[i * 4 + 3] as number;
      const nearer = (j: number) => {
        if (near || j >= others.count) return false;
        const at = j * 4;
        const x3 = o[at] as number;
        const y3 = o[at + 1] as number;
        const x4 = o[at + 2] as number;
        const y4 = o[at + 3] as number;
        near =
          segmentsMeet(x1, y1, x2, y2, x3, y3, x4, y4) ||
          squaredDistanceToSegment(x1, y1, x3, y3, x4, y4) < limitSquared ||
          squaredDistanceToSegment(x2, y2, x3, y3, x4, y4) < limitSquared ||
          squaredDistanceToSegment(x3, y3, x1, y1, x2, y2) < limitSquared ||
          squaredDistanceToSegment(x4, y4, x1, y1, x2, y2) < limitSquared;
        return false;
      };
      others.index.search(
        Math.min(x1, x2) - limit,
        Math.min(y1, y2) - limit,
        Math.max(x1, x2) + limit,
        Math.max(y1, y2) + limit,
        nearer,
      );
    }
    return near;
  }

  /** Consecutive edges of one closed outline, the last and the first included. */
  private adjacent(i: number, j: number): boolean {
    if (this.line[i] !== this.line[j]) return false;
    const gap = Math.abs((this.place[i] as number) - (this.place[j] as number));
    const edges = this.lineEdges[this.line[i] as number] as number;
    return gap === 1 || gap === edges - 1;
  }
}

/** Whether segments p1p2 and p3p4 share a point (crossing, touching or overlapping). */
function segmentsMeet(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
  x4: number,
  y4: number,
): boolean {
  const d1 = orient(x3, y3, x4, y4, x1, y1);
  const d2 = orient(x3, y3, x4, y4, x2, y2);
  const d3 = orient(x1, y1, x2, y2, x3, y3);
  const d4 = orient(x1, y1, x2, y2, x4, y4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  return (
    (d1 === 0 && withinSegmentBox(x3, y3, x4, y4, x1, y1)) ||
    (d2 === 0 && withinSegmentBox(x3, y3, x4, y4, x2, y2)) ||
    (d3 === 0 && withinSegmentBox(x1, y1, x2, y2, x3, y3)) ||
    (d4 === 0 && withinSegmentBox(x1, y1, x2, y2, x4, y4))
  );
}

/** The squared distance from p to the segment ab. */
function squaredDistanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}
