import type { LonLat } from './types.ts';
import { GEODESIC_MASK, WGS84_GEODESIC } from './wgs84.ts';

/** The closest point of a geodesic segment to a position, and its distance in metres. */
export interface SegmentNearest {
  distanceMeters: number;
  lon: number;
  lat: number;
}

const MAX_STEPS = 40;
const CONVERGED_METERS = 1e-5;
const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * The point of the geodesic from `start` to `end` (on WGS84) closest to `position`.
 *
 * At the closest interior point X, the geodesic X→P meets the segment at a right angle. We walk
 * along the segment by s ← s + d·cos α, where d = |XP| and α is the angle at X between the
 * segment and X→P: in a plane this lands on the foot of the perpendicular in one step; on the
 * ellipsoid the error shrinks by about (d/R)² per step, so two or three steps reach 0.01 mm.
 * The walk is clamped to the segment, whose end is then the closest point.
 */
export function nearestOnGeodesicSegment(
  position: LonLat,
  start: LonLat,
  end: LonLat,
): SegmentNearest {
  const targetLat = position[1] as number;
  const targetLon = position[0] as number;
  const line = WGS84_GEODESIC.InverseLine(
    start[1] as number,
    start[0] as number,
    end[1] as number,
    end[0] as number,
    GEODESIC_MASK.STANDARD | GEODESIC_MASK.DISTANCE_IN,
  );
  let alongMeters = 0;
  let lat = start[1] as number;
  let lon = start[0] as number;
  let azimuthDegrees = line.azi1;
  let distanceMeters = Number.POSITIVE_INFINITY;
  for (let step = 0; step < MAX_STEPS; step++) {
    const toTarget = WGS84_GEODESIC.Inverse(
      lat,
      lon,
      targetLat,
      targetLon,
      GEODESIC_MASK.DISTANCE | GEODESIC_MASK.AZIMUTH,
    );
    distanceMeters = toTarget.s12 ?? 0;
    if (distanceMeters === 0) break;
    const angleRadians = ((toTarget.azi1 ?? 0) - azimuthDegrees) * RADIANS_PER_DEGREE;
    const nextMeters = Math.min(
      line.s13,
      Math.max(0, alongMeters + distanceMeters * Math.cos(angleRadians)),
    );
    if (Math.abs(nextMeters - alongMeters) < CONVERGED_METERS) break;
    alongMeters = nextMeters;
    const moved = line.Position(alongMeters, GEODESIC_MASK.STANDARD);
    lat = moved.lat2 as number;
    lon = moved.lon2 as number;
    azimuthDegrees = moved.azi2 as number;
  }
  return { distanceMeters, lat, lon };
}
