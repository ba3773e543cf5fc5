import * as polyclip from 'polyclip-ts';
import polygonClipping, { type Geom as ClipperGeometry } from 'polygon-clipping';
import {
  discRing,
  type PlanarPoint,
  type PlanarPolygon,
  type PlanarRing,
  ringSidePieces,
} from './buffer-pieces.ts';
import { ClipFailure } from './clip-intersection.ts';
import { outlineBuffer } from './outline-buffer.ts';
import { pieceClusters } from './piece-clusters.ts';
import { closed, orient, outAndBack, signedArea, withoutRepeats } from './planar-rings.ts';

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
 * disc for every point, united in one sweep (unless a lone shape's outline is the answer, see
 * outline-buffer.ts). A polygon's ring is buffered on its outer side only: a point inside is
 * inside the polygon, and a point outside within the distance lies in the rectangle of the
 * edge nearest to it, or in the wedge of the convex corner nearest to it.
 *
 * polygon-clipping unites the pieces; where it gives up on near-coincident vertices (its issue
 * #139), polyclip-ts, slower but with exact predicates, does. When both fail: ClipFailure.
 */
export function planarBuffer(shapes: PlanarShapes, distanceMeters: number): PlanarPolygon[] {
  return outlineBuffer(shapes, distanceMeters) ?? piecesBuffer(shapes, distanceMeters);
}

/** {@link planarBuffer} always by the union of pieces. */
export function piecesBuffer(shapes: PlanarShapes, distanceMeters: number): PlanarPolygon[] {
  const pieces: PlanarPolygon[] = [];
  for (const polygon of shapes.polygons) addPolygon(pieces, polygon, distanceMeters);
  for (const line of shapes.lines) addLine(pieces, withoutRepeats(line), distanceMeters);
  for (const point of shapes.points) pieces.push([discRing(point, distanceMeters)]);
  const united: PlanarPolygon[] = [];
  for (const cluster of pieceClusters(pieces)) {
    // A lone piece is a simple ring already: only its winding is set as the clipper's would be.
    const parts = cluster.length === 1 ? [wound(cluster[0] as PlanarPolygon)] : unite(cluster);
    for (const part of parts) united.push(part);
  }
  return united;
}

/** The outer ring anticlockwise and the holes clockwise, as GeoJSON and the clippers give them. */
function wound(polygon: PlanarPolygon): PlanarPolygon {
  return polygon.map((ring, k) => orient(ring, k === 0 ? 1 : -1));
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
  for (const ring of oriented) addPieces(pieces, ringSidePieces(ring, distanceMeters));
}

/** A line, or a ring too small to enclose anything, walked out and back: both its sides. */
function addLine(pieces: PlanarPolygon[], line: PlanarPoint[], distanceMeters: number): void {
  const first = line[0];
  if (!first) return;
  if (line.length === 1) {
    pieces.push([discRing(first, distanceMeters)]);
    return;
  }
  addPieces(pieces, ringSidePieces(outAndBack(line), distanceMeters));
}

/** Adds each ring as a polygon (one by one: a spread of 100,000 would overflow the stack). */
function addPieces(pieces: PlanarPolygon[], rings: readonly PlanarRing[]): void {
  for (const ring of rings) pieces.push([ring]);
}

/**
 * Pieces per clipper call: they are passed as arguments, and a call with hundreds of thousands
 * would overflow the stack. A feature with more (a long boundary, a cloud of points) is united
 * in groups, then the groups' unions two by two.
 */
const PIECES_PER_UNION = 10_000;

function unite(pieces: PlanarPolygon[]): PlanarPolygon[] {
  if (pieces.length <= PIECES_PER_UNION) return uniteAtOnce(pieces);
  let level: PlanarPolygon[][] = [];
  for (let start = 0; start < pieces.length; start += PIECES_PER_UNION) {
    level.push(uniteAtOnce(pieces.slice(start, start + PIECES_PER_UNION)));
  }
  while (level.length > 1) {
    const next: PlanarPolygon[][] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      next.push(
        right ? uniteAtOnce([level[i] as PlanarPolygon[], right]) : (level[i] as PlanarPolygon[]),
      );
    }
    level = next;
  }
  return level[0] ?? [];
}

/** Polygons and multipolygons united in one call of polygon-clipping, else of polyclip-ts. */
function uniteAtOnce(geometries: readonly (PlanarPolygon | PlanarPolygon[])[]): PlanarPolygon[] {
  const [first, ...rest] = geometries as unknown as ClipperGeometry[];
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
