import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';

const WGS84 = geodesic.Geodesic.WGS84;

/**
 * Area of a ring on the WGS84 ellipsoid (geodesic edges), in square metres, always positive.
 * The ring may be open or closed.
 */
export function ringAreaSquareMetres(ring: readonly Position[]): number {
  const polygon = WGS84.Polygon(false);
  const open = isClosed(ring) ? ring.slice(0, -1) : ring;
  for (const [lon, lat] of open) polygon.AddPoint(lat!, lon!);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/** Length of a polyline along geodesics on the WGS84 ellipsoid, in kilometres. */
export function lineLengthKilometers(line: readonly Position[]): number {
  const polyline = WGS84.Polygon(true);
  for (const [lon, lat] of line) polyline.AddPoint(lat!, lon!);
  return polyline.Compute(false, true).perimeter / 1000;
}

/** The point `distanceMetres` from `origin` along the geodesic that starts at `azimuthDegrees`. */
export function destination(
  origin: Position,
  azimuthDegrees: number,
  distanceMetres: number,
): Position {
  const result = WGS84.Direct(origin[1]!, origin[0]!, azimuthDegrees, distanceMetres);
  return [result.lon2!, result.lat2!];
}

function isClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first![0] === last![0] && first![1] === last![1];
}
