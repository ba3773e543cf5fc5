import { discRing, type PlanarPoint, type PlanarPolygon } from './buffer-pieces.ts';
import { offsetRing } from './offset-ring.ts';
import { outlinesAreClean } from './outlines-are-clean.ts';
import type { PlanarShapes } from './planar-buffer.ts';
import {
  closed,
  insideRing,
  orient,
  outAndBack,
  signedArea,
  withoutRepeats,
} from './planar-rings.ts';

/**
 * The buffer of a lone polygon, line or point drawn straight from its outlines (offset-ring.ts),
 * with no clipping: most parcels, zones and roads, whose buffer is their outline moved out
 * (and their holes' moved in). Null when that is not the whole answer (several parts, a bay or
 * a hole the distance closes, a line that comes back near itself: see outlinesAreClean), for
 * the union of pieces to work out.
 */
export function outlineBuffer(
  shapes: PlanarShapes,
  distanceMeters: number,
): PlanarPolygon[] | null {
  const { polygons, lines, points } = shapes;
  if (polygons.length + lines.length + points.length !== 1) return null;
  const [point] = points;
  if (point) return [[discRing(point, distanceMeters)]];
  const [line] = lines;
  if (line) return lineOutline(withoutRepeats(line), distanceMeters);
  return polygonOutline(polygons[0] as readonly (readonly PlanarPoint[])[], distanceMeters);
}

function lineOutline(line: PlanarPoint[], distanceMeters: number): PlanarPolygon[] | null {
  if (line.length < 2) return null;
  const outline = offsetRing(outAndBack(line), distanceMeters);
  if (!outline || !outlinesAreClean([outline], [line], distanceMeters)) return null;
  return [[outline]];
}

function polygonOutline(
  polygon: readonly (readonly PlanarPoint[])[],
  distanceMeters: number,
): PlanarPolygon[] | null {
  const rings = polygon.map((ring) => closed(withoutRepeats(ring)));
  if (rings.some((ring) => signedArea(ring) === 0)) return null;
  // The inside on the left of every ring: the outer ring anticlockwise, the holes clockwise.
  const oriented = rings.map((ring, k) => orient(ring, k === 0 ? 1 : -1));
  const outlines: PlanarPoint[][] = [];
  for (const ring of oriented) {
    const outline = offsetRing(ring, distanceMeters);
    if (!outline) return null;
    outlines.push(outline);
  }
  const placed = outlines.every((outline, k) => {
    const ring = oriented[k] as PlanarPoint[];
    const first = outline[0] as PlanarPoint;
    // The outer outline goes round the polygon; a hole's stays inside the hole, wound alike.
    if (k === 0) return signedArea(outline) > 0 && !insideRing(first, ring);
    return signedArea(outline) < 0 && insideRing(first, ring);
  });
  if (!placed || !outlinesAreClean(outlines, oriented, distanceMeters)) return null;
  return [outlines];
}
