import { reprojectToWgs84 } from './reproject.ts';
import { type CrsCode, crsFromMember } from './vn2000.ts';

/** A parsed GeoJSON document in WGS84 longitude/latitude, and the system it was read in. */
export interface Wgs84Reading {
  document: unknown;
  sourceCrs: CrsCode;
}

/**
 * How every reader of GeoJSON (the app's import, `giapranh analyze`, the checks) reads
 * coordinates: in the system asked for, else the one the legacy `crs` member names (QGIS writes
 * it for VN-2000 files, e.g. EPSG:4756 degrees, ~220 m off WGS84), else WGS84, and converted
 * to WGS84. One function, so the command line and the app never disagree on where a file is.
 */
export function readInWgs84(parsed: unknown, sourceCrs?: CrsCode): Wgs84Reading {
  const crs = sourceCrs ?? crsFromMember(parsed) ?? 'EPSG:4326';
  return { document: reprojectToWgs84(parsed, crs), sourceCrs: crs };
}
