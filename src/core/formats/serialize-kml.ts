import { toKML } from '@placemarkio/tokml';
import type { FeatureCollection } from 'geojson';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';

/**
 * KML (always WGS84, as the format defines), properties as ExtendedData so Google Earth shows
 * them and a round trip keeps them. Positions are rounded to 1e-7°.
 */
export function serializeKml(collection: FeatureCollection): string {
  return toKML(reprojectFromWgs84(collection, 'EPSG:4326'));
}
