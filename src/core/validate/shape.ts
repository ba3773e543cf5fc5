import { describeValue, indexPath, memberPath } from './path.ts';
import type { Reporter } from './reporter.ts';

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
): value is CheckedGeometry {
  if (!isObject(value)) {
    reporter.error(
      'geometry-not-object',
      path,
      `a geometry must be an object, found ${describeValue(value)}`,
    );
    return false;
  }
  checkBbox(value, path, reporter);
  const type = value.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    const found = type === undefined ? 'it has none' : `found ${describeValue(type)}`;
    reporter.error(
      'geometry-type',
      memberPath(path, 'type'),
      `geometry "type" must be one of ${GEOMETRY_TYPES.join(', ')}; ${found}`,
    );
    return false;
  }
  if (type === 'GeometryCollection') return checkCollectionShape(value, path, reporter);
  const coordinatesPath = memberPath(path, 'coordinates');
  if (!Array.isArray(value.coordinates)) {
    reporter.error(
      'coordinates-not-array',
      coordinatesPath,
      `a ${type} needs a "coordinates" array, found ${describeValue(value.coordinates)}`,
    );
    return false;
  }
  const depth = POSITION_DEPTH[type as CoordinateGeometryType];
  return checkCoordinatesShape(value.coordinates, depth, coordinatesPath, reporter);
}

function checkCollectionShape(
  value: Record<string, unknown>,
  path: string,
  reporter: Reporter,
): boolean {
  const geometries = value.geometries;
  if (!Array.isArray(geometries)) {
    reporter.error(
      'geometries-not-array',
      memberPath(path, 'geometries'),
      `a GeometryCollection needs a "geometries" array, found ${describeValue(geometries)}`,
    );
    return false;
  }
  let ok = true;
  const base = memberPath(path, 'geometries');
  for (let i = 0; i < geometries.length; i++) {
    if (!checkGeometryShape(geometries[i], `${base}[${i}]`, reporter)) ok = false;
  }
  return ok;
}

/** What went wrong in one geometry's coordinates: the first place, and how many. */
interface ShapeTally {
  firstPath: string | undefined;
  firstMessage: string;
  problemCount: number;
  longPositionCount: number;
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
    firstMessage: '',
    problemCount: 0,
    longPositionCount: 0,
    indices: [],
  };
  if (depth === 0) checkPosition(coordinates, path, tally);
  else walkLevel(coordinates, depth, path, tally);
  if (tally.longPositionCount > 0) {
    reporter.warning(
      'position-too-long',
      path,
      `${tally.longPositionCount} position(s) have more than three numbers; RFC 7946 allows [longitude, latitude] or [longitude, latitude, altitude]`,
    );
  }
  if (tally.firstPath === undefined) return true;
  const more =
    tally.problemCount > 1 ? ` (${tally.problemCount - 1} more like this in this geometry)` : '';
  reporter.error('position-invalid', tally.firstPath, `${tally.firstMessage}${more}`);
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
      problem(tally, path, `expected an array here, found ${describeValue(item)}`);
    }
  }
  indices.pop();
}

function checkPosition(position: unknown, path: string, tally: ShapeTally): void {
  if (!Array.isArray(position)) {
    problem(
      tally,
      path,
      `expected a position [longitude, latitude], found ${describeValue(position)}`,
    );
    return;
  }
  if (position.length < 2) {
    problem(
      tally,
      path,
      `a position needs two numbers, [longitude, latitude]; found ${describeValue(position)}`,
    );
    return;
  }
  for (let i = 0; i < position.length; i++) {
    const number = position[i];
    if (typeof number === 'number' && Number.isFinite(number)) continue;
    problem(
      tally,
      path,
      `position values must be finite numbers, found ${describeValue(position)}`,
    );
    return;
  }
  if (position.length > 3) tally.longPositionCount += 1;
}

function problem(tally: ShapeTally, path: string, message: string): void {
  tally.problemCount += 1;
  if (tally.firstPath !== undefined) return;
  tally.firstPath = indexPath(path, tally.indices);
  tally.firstMessage = message;
}

/** RFC 7946 §5: `bbox` is an array of 2·n numbers. */
export function checkBbox(owner: Record<string, unknown>, path: string, reporter: Reporter): void {
  if (!('bbox' in owner)) return;
  const bbox = owner.bbox;
  const ok =
    Array.isArray(bbox) &&
    bbox.length >= 4 &&
    bbox.length % 2 === 0 &&
    bbox.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (ok) return;
  reporter.error(
    'bbox-invalid',
    memberPath(path, 'bbox'),
    `"bbox" must be an array of 4 (or 6) numbers [west, south, east, north], found ${describeValue(bbox)}`,
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
