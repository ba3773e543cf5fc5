import type { MultiPolygon, Polygon } from 'geojson';
import { geodesicRingAreaSquareMeters } from './geodesic-ring-area-square-meters.ts';
import type { LonLat } from './types.ts';

/**
 * The area in square metres of a Polygon or MultiPolygon on WGS84 with geodesic edges: each
 * outer ring's area less its holes' areas, summed over the polygons. Rings may wind either
 * way (RFC 7946 asks for counter-clockwise outers, but old files and clippers differ).
 */
export function geodesicAreaSquareMeters(geometry: Polygon | MultiPolygon): number {
  if (geometry.type === 'Polygon') return polygonAreaSquareMeters(geometry.coordinates);
  let areaSquareMeters = 0;
  for (const polygon of geometry.coordinates) {
    areaSquareMeters += polygonAreaSquareMeters(polygon);
  }
  return areaSquareMeters;
}

/** One polygon's area: its outer ring less its holes. */
export function polygonAreaSquareMeters(rings: readonly (readonly LonLat[])[]): number {
  const [outer, ...holes] = rings;
  if (!outer) return 0;
  let areaSquareMeters = geodesicRingAreaSquareMeters(outer);
  for (const hole of holes) areaSquareMeters -= geodesicRingAreaSquareMeters(hole);
  return Math.max(0, areaSquareMeters);
}
