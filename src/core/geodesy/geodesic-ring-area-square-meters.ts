import type { LonLat } from './types.ts';
import { PolygonAreaClass, WGS84_GEODESIC } from './wgs84.ts';

/**
 * The unsigned area in square metres enclosed by one ring whose edges are geodesics, as
 * GeographicLib's PolygonArea computes it. The orientation of the ring does not matter: we ask
 * for the signed area (so a clockwise ring is not read as "the rest of the Earth") and drop the
 * sign. A closing position equal to the first is skipped; PolygonArea closes the ring itself.
 */
export function geodesicRingAreaSquareMeters(ring: readonly LonLat[]): number {
  const count = ringPositionCount(ring);
  if (count < 3) return 0;
  const polygon = new PolygonAreaClass(WGS84_GEODESIC, false);
  for (let i = 0; i < count; i++) {
    const position = ring[i] as LonLat;
    polygon.AddPoint(position[1] as number, position[0] as number);
  }
  const result = polygon.Compute(false, true);
  return Math.abs(result.area ?? 0);
}

/** How many positions of a ring to use: all but a closing copy of the first. */
function ringPositionCount(ring: readonly LonLat[]): number {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) {
    return ring.length - 1;
  }
  return ring.length;
}
