import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Grid cells across the longer side of the area's bounding box. */
const GRID_CELLS = 120;

/**
 * A label point for an area: the grid point inside it farthest from its outline (a coarse pole
 * of inaccessibility). Unlike the centroid it never lands on the edge of a C-shaped area.
 */
export function labelPoint(area: Polygon | MultiPolygon): Position {
  const [west, south, east, north] = bbox(area);
  const step = Math.max(east - west, north - south) / GRID_CELLS;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const edges = outlineEdges(area);
  let best: Position | undefined;
  let bestDistance = -1;
  for (let y = south + step / 2; y < north; y += step) {
    for (let x = west + step / 2; x < east; x += step) {
      if (!booleanPointInPolygon([x, y], area)) continue;
      const distance = Math.min(...edges.map(([a, b]) => segmentDistance([x, y], a, b, xScale)));
      if (distance > bestDistance) {
        bestDistance = distance;
        best = [x, y];
      }
    }
  }
  if (!best) throw new Error('area too small for a label point');
  return best;
}

function outlineEdges(area: Polygon | MultiPolygon): Array<readonly [Position, Position]> {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  return rings.flatMap((ring) => ring.slice(1).map((to, i) => [ring[i]!, to] as const));
}

/** Distance from p to segment ab in degrees of latitude, longitudes scaled by `xScale`. */
function segmentDistance(p: Position, a: Position, b: Position, xScale: number): number {
  const [px, py] = [p[0]! * xScale, p[1]!];
  const [ax, ay] = [a[0]! * xScale, a[1]!];
  const [bx, by] = [b[0]! * xScale, b[1]!];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
