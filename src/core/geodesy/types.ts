/** A GeoJSON position: longitude then latitude, in degrees (any third value is ignored). */
export type LonLat = readonly [number, number] | readonly number[];

/** A point on the ellipsoid found by an analysis, with its distance in metres. */
export interface ClosestPoint {
  /** Longitude in degrees. */
  lon: number;
  /** Latitude in degrees. */
  lat: number;
}
