import { gpx } from '@tmcw/togeojson';
import type { FeatureCollection } from 'geojson';
import { FormatError } from './format-error.ts';
import { parseXml } from './parse-xml.ts';
import { toWgs84 } from './to-wgs84.ts';
import type { ParsedFile, ParseOptions } from './types.ts';

/** A GPX file from a field GPS: tracks and routes as lines, waypoints as points (WGS84). */
export function parseGpx(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  const document = parseXml(new TextDecoder('utf-8').decode(bytes), fileName);
  if (document.documentElement.localName !== 'gpx') {
    throw new FormatError(
      'syntax',
      `${fileName}: the XML root is <${document.documentElement.localName}>, not <gpx>`,
    );
  }
  const all = gpx(document) as FeatureCollection;
  const features = all.features
    .filter((feature) => feature.geometry !== null)
    .map((feature) => ({ ...feature, properties: flatProperties(feature.properties) }));
  return toWgs84({ format: 'gpx', collection: { type: 'FeatureCollection', features } }, fileName, {
    ...options,
    sourceCrs: options.sourceCrs ?? 'EPSG:4326',
  });
}

// togeojson keeps per-point times and heart rates as arrays (`coordinateProperties`): a layer's
// properties are flat values, so those are left out.
function flatProperties(properties: GeoJSON.GeoJsonProperties): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (value === null || typeof value !== 'object') flat[key] = value;
  }
  return flat;
}
