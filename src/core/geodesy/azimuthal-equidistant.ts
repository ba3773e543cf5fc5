import type { LonLat } from './types.ts';
import { GEODESIC_MASK, WGS84_GEODESIC } from './wgs84.ts';

/** A map projection between WGS84 positions and a plane in metres. */
export interface PlaneProjection {
  /** [lon, lat] in degrees to [x east, y north] in metres. */
  forward(position: LonLat): [number, number];
  /** [x, y] in metres back to [lon, lat] in degrees. */
  inverse(point: readonly number[]): [number, number];
}

/**
 * The ellipsoidal azimuthal equidistant projection centred on `center`, computed exactly with
 * GeographicLib (as its AzimuthalEquidistant class does): a position maps to the geodesic
 * distance and azimuth from the centre. Distances from the centre are exact and, within a few
 * tens of kilometres, every distance is kept to a few parts in a million, which is what a
 * buffer needs.
 */
export function azimuthalEquidistant(center: LonLat): PlaneProjection {
  const centerLon = center[0] as number;
  const centerLat = center[1] as number;
  const toRadians = Math.PI / 180;
  return {
    forward(position) {
      const result = WGS84_GEODESIC.Inverse(
        centerLat,
        centerLon,
        position[1] as number,
        position[0] as number,
        GEODESIC_MASK.DISTANCE | GEODESIC_MASK.AZIMUTH,
      );
      const distanceMeters = result.s12 ?? 0;
      const azimuthRadians = (result.azi1 ?? 0) * toRadians;
      return [distanceMeters * Math.sin(azimuthRadians), distanceMeters * Math.cos(azimuthRadians)];
    },
    inverse(point) {
      const x = point[0] as number;
      const y = point[1] as number;
      const distanceMeters = Math.hypot(x, y);
      if (distanceMeters === 0) return [centerLon, centerLat];
      const azimuthDegrees = Math.atan2(x, y) / toRadians;
      const result = WGS84_GEODESIC.Direct(
        centerLat,
        centerLon,
        azimuthDegrees,
        distanceMeters,
        GEODESIC_MASK.LATITUDE | GEODESIC_MASK.LONGITUDE,
      );
      return [result.lon2 as number, result.lat2 as number];
    },
  };
}
