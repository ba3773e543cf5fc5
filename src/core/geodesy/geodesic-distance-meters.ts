import type { LonLat } from './types.ts';
import { GEODESIC_MASK, WGS84_GEODESIC } from './wgs84.ts';

/** The length in metres of the shortest geodesic between two positions on WGS84. */
export function geodesicDistanceMeters(from: LonLat, to: LonLat): number {
  const result = WGS84_GEODESIC.Inverse(
    from[1] as number,
    from[0] as number,
    to[1] as number,
    to[0] as number,
    GEODESIC_MASK.DISTANCE,
  );
  return result.s12 ?? 0;
}
