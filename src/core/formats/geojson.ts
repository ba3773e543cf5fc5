import type { Feature, FeatureCollection, GeoJSON } from 'geojson';
import { crsFromMember } from '../crs/vn2000.ts';
import { findJsonSyntaxError } from '../json/find-syntax-error.ts';
import { lineColumnAt } from '../json/line-column.ts';
import { FormatError } from './format-error.ts';
import { toWgs84 } from './to-wgs84.ts';
import type { ParsedFile, ParseOptions } from './types.ts';

/**
 * A GeoJSON text as a FeatureCollection (a Feature or bare geometry wrapped), its system from a
 * legacy `crs` member or the numbers. Structure is checked by the validator afterwards; this
 * only refuses what is not JSON, naming the line and column.
 */
export function parseGeoJson(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let document: GeoJSON & { crs?: unknown };
  try {
    document = JSON.parse(text);
  } catch {
    const where = findJsonSyntaxError(text);
    const at = where ? lineColumnAt(text, where.offset) : undefined;
    const place = at ? `, line ${at.line}, column ${at.column}: ${where!.message}` : '';
    throw new FormatError('syntax', `${fileName}${place || ': not valid JSON'}`);
  }
  if (typeof document !== 'object' || document === null || typeof document.type !== 'string') {
    throw new FormatError('syntax', `${fileName}: not a GeoJSON object (no "type" member)`);
  }
  return toWgs84(
    { format: 'geojson', collection: asCollection(document), fileCrs: crsFromMember(document) },
    fileName,
    options,
  );
}

function asCollection(document: GeoJSON): FeatureCollection {
  if (document.type === 'FeatureCollection')
    return { type: 'FeatureCollection', features: document.features ?? [] };
  if (document.type === 'Feature') return { type: 'FeatureCollection', features: [document] };
  const feature: Feature = { type: 'Feature', properties: {}, geometry: document };
  return { type: 'FeatureCollection', features: [feature] };
}
