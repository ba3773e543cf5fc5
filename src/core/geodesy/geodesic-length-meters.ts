import { geodesicDistanceMeters } from './geodesic-distance-meters.ts';
import type { LonLat } from './types.ts';

/**
 * The length in metres of a line whose edges are geodesics on WGS84: the sum of
 * GeographicLib inverse distances between consecutive positions.
 */
export function geodesicLengthMeters(positions: readonly LonLat[]): number {
  let lengthMeters = 0;
  for (let i = 1; i < positions.length; i++) {
    lengthMeters += geodesicDistanceMeters(positions[i - 1] as LonLat, positions[i] as LonLat);
  }
  return lengthMeters;
}
