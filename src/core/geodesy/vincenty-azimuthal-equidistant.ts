import proj4 from 'proj4';
import type { PlaneProjection } from './azimuthal-equidistant.ts';
import type { LonLat } from './types.ts';

/**
 * The ellipsoidal azimuthal equidistant projection centred on `center`, by proj4js's `aeqd`
 * (Vincenty's direct and inverse formulae on WGS84). Measured within 10 µm of GeographicLib's
 * exact `azimuthalEquidistant` out to 300 km from the centre (tests/unit/geodesy-projection.test.ts),
 * and two to three times faster: the buffer projects every vertex it writes back.
 */
export function vincentyAzimuthalEquidistant(center: LonLat): PlaneProjection {
  const converter = proj4(
    'EPSG:4326',
    `+proj=aeqd +lat_0=${center[1]} +lon_0=${center[0]} +ellps=WGS84 +units=m +no_defs`,
  );
  return {
    forward: (position) => converter.forward([position[0], position[1]] as [number, number]),
    inverse: (point) => converter.inverse([point[0], point[1]] as [number, number]),
  };
}
