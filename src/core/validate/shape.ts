import { positionDimensions } from './bbox-dimensions.ts';
import { checkForbiddenMembers } from './forbidden-members.ts';
import type { MessageKey } from './messages.ts';
import { indexPath, memberPath } from './path.ts';
import { quote, type Reporter } from './reporter.ts';

/** How deep the positions sit in each geometry type's `coordinates`. */
export const POSITION_DEPTH = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
} as const;

export type CoordinateGeometryType = keyof typeof POSITION_DEPTH;

/** Every RFC 7946 geometry type. */
export const GEOMETRY_TYPES: readonly string[] = [
  ...Object.keys(POSITION_DEPTH),
  'GeometryCollection',
];

/**
 * GeometryCollections nested deeper than this are not read: RFC 7946 §3.1.8 asks to avoid
 * nesting at all, and a file nested 100,000 deep must end in a finding, not a stack overflow.
 */
export const MAX_COLLECTION_DEPTH = 16;

/** A geometry object whose nesting and positions have been checked. */
export type CheckedGeometry =
  | { type: CoordinateGeometryType; coordinates: unknown[] }
  | { type: 'GeometryCollection'; geometries: CheckedGeometry[] };

/**
 * Checks the structure RFC 7946 and geojson-validation require of a geometry: an object with
 * a known `type`, `coordinates` nested as deep as the type says, every position two or three
 * finite numbers; or a `GeometryCollection` of such geometries. Returns whether deeper checks
 * (rings, region) may read it. Counts of positions (a line of one point) are left to those
 * checks, which word them better.
 */
export function checkGeometryShape(
  value: unknown,
  path: string,
  reporter: Reporter,
  depth = 0,
): value is CheckedGeometry {
  if (!isObject(value)) {
    reporter.error('geometry-not-object', path, { found: quote(path, value) });
    return false;
  }
  checkBbox(value, path, reporter);
  checkForbiddenMembers(value, 'geometry', path, reporter);
  const type = value.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    const typePath = memberPath(path, 'type');
    reporter.error('geometry-type', typePath, {
      types: GEOMETRY_TYPES.join(', '),
      ...(type !== undefined && { found: quote(typePath, type) }),
    });
    return false;
  }
  if (type === 'GeometryCollection') return checkCollectionShape(value, path, reporter, depth);
  const coordinatesPath = memberPath(path, 'coordinates');
  if (!Array.isArray(value.coordinates)) {
    reporter.error('coordinates-not-array', coordinatesPath, {
      type,
      found: quote(coordinatesPath, value.coordinates),
    });
    return false;
  }
  const positionDepth = POSITION_DEPTH[type as CoordinateGeometryType];
  return checkCoordinatesShape(value.coordinates, positionDepth, coordinatesPath, reporter);
}

function checkCollectionShape(
  value: Record<string, unknown>,
  path: string,
  reporter: Reporter,
  depth: number,
): boolean {
  const geometries = value.geometries;
  const base = memberPath(path, 'geometries');
  if (!Array.isArray(geometries)) {
    reporter.error('geometries-not-array', base, { found: quote(base, geometries) });
    return false;
  }
  if (depth === 1) reporter.warning('geometry-collection-nested', path);
  if (depth >= MAX_COLLECTION_DEPTH) {
    reporter.error('nesting-too-deep', path, { limit: MAX_COLLECTION_DEPTH });
    return false;
  }
  let ok = true;
  for (let i = 0; i < geometries.length; i++) {
    if (!checkGeometryShape(geometries[i], `${base}[${i}]`, reporter, depth + 1)) ok = false;
  }
  return ok;
}

/** What went wrong in one geometry's coordinates: the first place, and how many. */
interface ShapeTally {
  firstPath: string | undefined;
  firstKey: MessageKey;
  firstValue: unknown;
  problemCount: number;
  longPositionCount: number;
  firstLongPath: string | undefined;
  firstLong: unknown;
  indices: number[];
}

/**
 * One finding per geometry, not per position: a file of string coordinates would otherwise
 * print a line for every vertex.
 */
function checkCoordinatesShape(
  coordinates: unknown[],
  depth: number,
  path: string,
  reporter: Reporter,
): boolean {
  const tally: ShapeTally = {
    firstPath: undefined,
    firstKey: 'position-not-array',
    firstValue: undefined,
    problemCount: 0,
    longPositionCount: 0,
    firstLongPath: undefined,
    firstLong: undefined,
    indices: [],
  };
  if (depth === 0) checkPosition(coordinates, path, tally);
  else walkLevel(coordinates, depth, path, tally);
  if (tally.longPositionCount > 0) {
    reporter.warning('position-too-long', tally.firstLongPath ?? path, {
      count: tally.longPositionCount,
      found: quote(tally.firstLongPath ?? path, tally.firstLong),
    });
  }
  if (tally.firstPath === undefined) return true;
  reporter.error(tally.firstKey, tally.firstPath, {
    found: quote(tally.firstPath, tally.firstValue),
    more: tally.problemCount - 1,
  });
  return false;
}

function walkLevel(items: unknown[], depth: number, path: string, tally: ShapeTally): void {
  const { indices } = tally;
  indices.push(0);
  const last = indices.length - 1;
  for (let i = 0; i < items.length; i++) {
    indices[last] = i;
    const item = items[i];
    if (depth === 1) {
      checkPosition(item, path, tally);
    } else if (Array.isArray(item)) {
      walkLevel(item, depth - 1, path, tally);
    } else {
      problem(tally, path, 'position-nesting', item);
    }
  }
  indices.pop();
}

function checkPosition(position: unknown, path: string, tally: ShapeTally): void {
  if (!Array.isArray(position)) {
    problem(tally, path, 'position-not-array', position);
    return;
  }
  if (position.length < 2) {
    problem(tally, path, 'position-short', position);
    return;
  }
  for (let i = 0; i < position.length; i++) {
    const number = position[i];
    if (typeof number === 'number' && Number.isFinite(number)) continue;
    problem(tally, path, 'position-not-finite', position);
    return;
  }
  if (position.length <= 3) return;
  tally.longPositionCount += 1;
  if (tally.firstLongPath !== undefined) return;
  tally.firstLongPath = indexPath(path, tally.indices);
  tally.firstLong = position;
}

function problem(tally: ShapeTally, path: string, key: MessageKey, value: unknown): void {
  tally.problemCount += 1;
  if (tally.firstPath !== undefined) return;
  tally.firstPath = indexPath(path, tally.indices);
  tally.firstKey = key;
  tally.firstValue = value;
}

/**
 * RFC 7946 §5: `bbox` is an array of 2·n numbers, n being the dimensions of the positions it
 * bounds (4 numbers for longitude/latitude, 6 with altitude).
 */
export function checkBbox(owner: Record<string, unknown>, path: string, reporter: Reporter): void {
  if (!('bbox' in owner)) return;
  const bbox = owner.bbox;
  const bboxPath = memberPath(path, 'bbox');
  if (!isWellFormedBbox(bbox)) {
    reporter.error('bbox-invalid', bboxPath, { found: quote(bboxPath, bbox) });
    return;
  }
  const mismatch = bboxDimensionsMismatch(bbox, positionDimensions(owner));
  if (mismatch !== undefined) reporter.error('bbox-dimensions', bboxPath, mismatch);
}

/** At least 4 finite numbers, an even count. */
export function isWellFormedBbox(bbox: unknown): bbox is number[] {
  return (
    Array.isArray(bbox) &&
    bbox.length >= 4 &&
    bbox.length % 2 === 0 &&
    bbox.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** The `bbox-dimensions` finding's parameters when `bbox` does not fit the positions' dimensions. */
export function bboxDimensionsMismatch(
  bbox: readonly number[],
  dimensions: { min: number; max: number } | undefined,
): Record<string, number> | undefined {
  const n = bbox.length / 2;
  if (dimensions === undefined || (n >= dimensions.min && n <= dimensions.max)) return undefined;
  return { count: bbox.length, dimensions: dimensions.max, expected: 2 * dimensions.max };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
