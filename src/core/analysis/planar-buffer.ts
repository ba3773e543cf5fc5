import * as polyclip from 'polyclip-ts';
import polygonClipping, { type MultiPolygon as ClipperPolygons } from 'polygon-clipping';
import {
  discRing,
  type PlanarPoint,
  type PlanarPolygon,
  type PlanarRing,
  ringSidePieces,
} from './buffer-pieces.ts';
import { ClipFailure } from './clip-intersection.ts';

/** A geometry in a plane (metres), sorted by how it is buffered. */
export interface PlanarShapes {
  /** Polygons, outer ring then holes, closed; either winding. */
  polygons: readonly (readonly (readonly PlanarPoint[])[])[];
  /** Lines of two or more positions. */
  lines: readonly (readonly PlanarPoint[])[];
  points: readonly PlanarPoint[];
}

/**
 * The buffer of a planar geometry by `distanceMeters`: the polygons themselves, and the pieces
 * (see buffer-pieces.ts) on the outer side of every ring and on both sides of every line, a
 * disc for every point, united in one sweep. A polygon's ring is buffered on its outer side
 * only: a point inside is inside the polygon, and a point outside within the distance lies in
 * the rectangle of the edge nearest to it, or in the wedge of the convex corner nearest to it.
 *
 * polygon-clipping unites the pieces; where it gives up on near-coincident vertices (its issue
 * #139), polyclip-ts, slower but with exact predicates, does. When both fail: ClipFailure.
 */
export function planarBuffer(shapes: PlanarShapes, distanceMeters: number): PlanarPolygon[] {
  const pieces: PlanarPolygon[] = [];
  for (const polygon of shapes.polygons) addPolygon(pieces, polygon, distanceMeters);
  for (const line of shapes.lines) addLine(pieces, withoutRepeats(line), distanceMeters);
  for (const point of shapes.points) pieces.push([discRing(point, distanceMeters)]);
  return unite(pieces);
}

function addPolygon(
  pieces: PlanarPolygon[],
  polygon: readonly (readonly PlanarPoint[])[],
  distanceMeters: number,
): void {
  const rings = polygon.map((ring) => closed(withoutRepeats(ring)));
  const [shell, ...holes] = rings;
  if (!shell || signedArea(shell) === 0) {
    // Not a polygon with an inside (a flattened or collapsed ring): buffer its outline.
    for (const ring of rings) addLine(pieces, ring, distanceMeters);
    return;
  }
  // The inside on the left of every ring: the outer ring anticlockwise, the holes clockwise.
  const oriented = [orient(shell, 1)];
  for (const hole of holes) {
    if (signedArea(hole) === 0) addLine(pieces, hole, distanceMeters);
    else oriented.push(orient(hole, -1));
  }
  pieces.push(oriented);
  for (const ring of oriented) pieces.push(...ringSidePieces(ring, distanceMeters).map(asPolygon));
}

/** A line, or a ring too small to enclose anything, walked out and back: both its sides. */
function addLine(pieces: PlanarPolygon[], line: PlanarPoint[], distanceMeters: number): void {
  const first = line[0];
  if (!first) return;
  if (line.length === 1) {
    pieces.push([discRing(first, distanceMeters)]);
    return;
  }
  const outAndBack = [...line, ...line.slice(0, -1).reverse()];
  pieces.push(...ringSidePieces(outAndBack, distanceMeters).map(asPolygon));
}

function asPolygon(ring: PlanarRing): PlanarPolygon {
  return [ring];
}

/** The points without consecutive repeats (a ring stays closed). */
function withoutRepeats(points: readonly PlanarPoint[]): PlanarPoint[] {
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
function closed(ring: PlanarPoint[]): PlanarPoint[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}

/** Twice the signed area of a closed ring (positive when anticlockwise). */
function signedArea(ring: readonly PlanarPoint[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as PlanarPoint;
    const b = ring[i + 1] as PlanarPoint;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** The ring wound anticlockwise (`sign` 1) or clockwise (-1). */
function orient(ring: PlanarPoint[], sign: 1 | -1): PlanarPoint[] {
  return Math.sign(signedArea(ring)) === -sign ? [...ring].reverse() : ring;
}

function unite(pieces: PlanarPolygon[]): PlanarPolygon[] {
  const [first, ...rest] = pieces as unknown as ClipperPolygons[];
  if (!first) return [];
  try {
    return polygonClipping.union(first, ...rest) as PlanarPolygon[];
  } catch (primary) {
    try {
      return polyclip.union(first, ...rest) as PlanarPolygon[];
    } catch (fallback) {
      throw new ClipFailure(
        `buffer: polygon-clipping: ${messageOf(primary)}; polyclip-ts: ${messageOf(fallback)}`,
      );
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
