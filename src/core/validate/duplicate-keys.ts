import type { PathSegment } from '../json/json-path.ts';
import type { LineColumn } from '../json/line-column.ts';
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

/** A repeated member name with the places the report gives it. */
export interface PlacedDuplicate {
  /** Path of the object holding the member twice, from the document's root. */
  objectPath: readonly PathSegment[];
  key: string;
  /** Where the name is repeated. */
  place: LineColumn;
  /** The line of its first use. */
  firstLine: number;
}

/** How many repeated names there are in all, listed or not. */
export interface DuplicateCounts {
  duplicateKeyCount: number;
  /** Those not listed that are errors ({@link isSevereDuplicate}). */
  unlistedSevereCount: number;
}

/**
 * Repeated member names (`{"type":"Point","type":"LineString"}`). RFC 8259 only says names
 * SHOULD be unique, but parsers then disagree: most keep the last value, some the first, some
 * refuse the text. When the name is a GeoJSON member of a GeoJSON object, the file means
 * different geometry to different tools: an error. Elsewhere (inside `properties`) a value is
 * silently lost but the geometry stands: a warning.
 */
export function reportDuplicateKeys(locator: FileLocator, reporter: Reporter): void {
  const placed = locator.scan.duplicateKeys.map((duplicate) => ({
    objectPath: duplicate.objectPath,
    key: duplicate.key,
    place: locator.lineColumn(duplicate.offset),
    firstLine: locator.lineColumn(duplicate.firstOffset).line,
  }));
  reportPlacedDuplicates(placed, locator.scan, reporter);
}

/** {@link reportDuplicateKeys} for names already placed (a file read feature by feature). */
export function reportPlacedDuplicates(
  listed: readonly PlacedDuplicate[],
  counts: DuplicateCounts,
  reporter: Reporter,
): void {
  for (const { objectPath, key, place, firstLine } of listed) {
    const geojson = isSevereDuplicate(objectPath, key);
    const featureIndex =
      objectPath[0] === 'features' && typeof objectPath[1] === 'number' ? objectPath[1] : undefined;
    reporter.enterFeature(featureIndex, undefined);
    reporter.add(
      geojson ? 'error' : 'warning',
      'duplicate-key',
      memberPath(pathText(objectPath), key),
      { key, firstLine, geojson: geojson ? 1 : 0 },
      place,
    );
  }
  reporter.enterFeature(undefined, undefined);
  // Beyond the listed ones, still counted, so a file is never passed for a name not listed.
  const unlisted = counts.duplicateKeyCount - listed.length;
  reporter.countOnly('error', counts.unlistedSevereCount);
  reporter.countOnly('warning', unlisted - counts.unlistedSevereCount);
}

function pathText(segments: readonly PathSegment[]): string {
  let path = '';
  for (const step of segments)
    path = typeof step === 'number' ? `${path}[${step}]` : memberPath(path, step);
  return path;
}
