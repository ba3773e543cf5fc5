import type { FeatureCollection } from 'geojson';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import type { SerializeOptions } from './types.ts';

/**
 * GeoJSON text. In WGS84 it is RFC 7946 (coordinates to 7 decimals, ~1 cm, no `crs` member);
 * in VN-2000 metres it carries the legacy `crs` member QGIS writes and reads, and which the
 * app's own import honours.
 */
export function serializeGeoJson(
  collection: FeatureCollection,
  options: SerializeOptions = {},
): string {
  const target = options.targetCrs ?? 'EPSG:4326';
  const written = reprojectFromWgs84(collection, target);
  const crsMember =
    target === 'EPSG:4326'
      ? {}
      : { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${target.slice(5)}` } } };
  return `${JSON.stringify({ type: 'FeatureCollection', ...crsMember, features: written.features })}\n`;
}
