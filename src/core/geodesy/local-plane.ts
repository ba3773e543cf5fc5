import { WGS84_EQUATORIAL_RADIUS_METERS, WGS84_FLATTENING } from './wgs84.ts';

/**
 * A fast, approximate plane for indexing and ranking candidates: x = Δlon · N cos φ0 and
 * y = Δlat · M, with the ellipsoid's radii of curvature at the reference latitude φ0. Within
 * a distance d of φ0 it misjudges distances by about d·tan φ0 / R (≈ 0.4 % at 100 km here),
 * so callers keep every candidate within that margin and measure the survivors exactly.
 */
export interface LocalPlane {
  /** Metres per degree of longitude at the reference latitude. */
  metersPerDegreeLon: number;
  /** Metres per degree of latitude at the reference latitude. */
  metersPerDegreeLat: number;
}

/** The local plane at `referenceLatDegrees`. */
export function localPlaneAt(referenceLatDegrees: number): LocalPlane {
  const eccentricitySquared = WGS84_FLATTENING * (2 - WGS84_FLATTENING);
  const phi = (referenceLatDegrees * Math.PI) / 180;
  const w = 1 - eccentricitySquared * Math.sin(phi) ** 2;
  const primeVerticalMeters = WGS84_EQUATORIAL_RADIUS_METERS / Math.sqrt(w);
  const meridionalMeters = (WGS84_EQUATORIAL_RADIUS_METERS * (1 - eccentricitySquared)) / w ** 1.5;
  const radiansPerDegree = Math.PI / 180;
  return {
    metersPerDegreeLon: primeVerticalMeters * Math.cos(phi) * radiansPerDegree,
    metersPerDegreeLat: meridionalMeters * radiansPerDegree,
  };
}
