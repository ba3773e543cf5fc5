import type { PathSegment } from '../json/json-path.ts';
import { memberPath } from './path.ts';
import type { Reporter } from './reporter.ts';
import type { FileLocator } from './text-locator.ts';

/** Whether a repeated name is an error: a GeoJSON member outside `properties`. */
export function isSevereDuplicate(objectPath: readonly PathSegment[], key: string): boolean {
  return GEOJSON_MEMBERS.has(key) && !objectPath.includes('properties');
}

/** Members whose value decides what a GeoJSON object is or where it lies. */
const GEOJSON_MEMBERS = new Set([
  'type',
  'coordinates',
  'geometries',
  'geometry',
  'properties',
  'features',
  'id',
  'bbox',
  'crs',
]);

/**
 * Repeated member names (`{"type":"Point","type":"LineString"}`). RFC 8259 only says names
 * SHOULD be unique, but parsers then disagree: most keep the last value, some the first, some
 * refuse the text. When the name is a GeoJSON member of a GeoJSON object, the file means
 * different geometry to different tools: an error. Elsewhere (inside `properties`) a value is
 * silently lost but the geometry stands: a warning.
 */
export function reportDuplicateKeys(locator: FileLocator, reporter: Reporter): void {
  for (const duplicate of locator.scan.duplicateKeys) {
    const { objectPath, key } = duplicate;
    const geojson = isSevereDuplicate(objectPath, key);
    const featureIndex =
      objectPath[0] === 'features' && typeof objectPath[1] === 'number' ? objectPath[1] : undefined;
    reporter.enterFeature(featureIndex, undefined);
    const firstLine = locator.lineColumn(duplicate.firstOffset).line;
    reporter.add(
      geojson ? 'error' : 'warning',
      'duplicate-key',
      memberPath(pathText(objectPath), key),
      { key, firstLine, geojson: geojson ? 1 : 0 },
      locator.lineColumn(duplicate.offset),
    );
  }
  reporter.enterFeature(undefined, undefined);
  // Beyond the listed ones, still counted, so a file is never passed for a name not listed.
  const { duplicateKeyCount, duplicateKeys, unlistedSevereCount } = locator.scan;
  const unlisted = duplicateKeyCount - duplicateKeys.length;
  reporter.countOnly('error', unlistedSevereCount);
  reporter.countOnly('warning', unlisted - unlistedSevereCount);
}

function pathText(segments: readonly PathSegment[]): string {
  let path = '';
  for (const step of segments)
    path = typeof step === 'number' ? `${path}[${step}]` : memberPath(path, step);
  return path;
}
