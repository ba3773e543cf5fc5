import type { Feature, Geometry } from 'geojson';
import { findJsonSyntaxError } from '../json/find-syntax-error.ts';
import { lineColumnAt } from '../json/line-column.ts';
import { POSITION_DEPTH } from '../validate/shape.ts';

/** Why an input cannot be analysed, and where in it. */
export class AnalysisInputError extends Error {
  override name = 'AnalysisInputError';
}

/** What the features must be. */
export type FeatureRequirement = 'any' | 'polygons';

/** At most this many problems are listed: the first few say enough. */
const MAX_PROBLEMS = 10;

/**
 * The features of a GeoJSON text (a FeatureCollection or one Feature), checked enough for
 * the analyses to be meaningful: valid JSON, features with known geometry types, positions of
 * two or three finite numbers with longitude in [-180, 180] and latitude in [-90, 90], and
 * polygons where polygons are required. Throws an AnalysisInputError naming each problem's
 * place (feature index and id, coordinate path).
 */
export function parseFeatureInput(text: string, requirement: FeatureRequirement): Feature[] {
  const document = parseJson(text);
  const features = featuresOf(document);
  const problems: string[] = [];
  features.forEach((feature, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const problem = checkFeature(feature, requirement);
    if (problem) problems.push(`${featurePlace(feature, index)}: ${problem}`);
  });
  if (problems.length > 0) throw new AnalysisInputError(problems.join('\n  '));
  return features as Feature[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Engines word JSON errors differently and often give no position: find it ourselves.
    const syntax = findJsonSyntaxError(text);
    if (!syntax) throw new AnalysisInputError(`not valid JSON: ${(error as Error).message}`);
    const { line, column } = lineColumnAt(text, syntax.offset);
    throw new AnalysisInputError(
      `not valid JSON at line ${line}, column ${column}: ${syntax.message}`,
    );
  }
}

function featuresOf(document: unknown): unknown[] {
  const type = (document as { type?: unknown } | null)?.type;
  if (type === 'FeatureCollection') {
    const features = (document as { features?: unknown }).features;
    if (Array.isArray(features)) return features;
    throw new AnalysisInputError('the FeatureCollection has no "features" array');
  }
  if (type === 'Feature') return [document];
  throw new AnalysisInputError(
    `expected a GeoJSON FeatureCollection or Feature, found ${describe(type === undefined ? document : type)}`,
  );
}

function featurePlace(feature: unknown, index: number): string {
  const id = (feature as { id?: unknown } | null)?.id;
  return id === undefined || id === null
    ? `features[${index}]`
    : `features[${index}] (id ${JSON.stringify(id)})`;
}

function checkFeature(feature: unknown, requirement: FeatureRequirement): string | null {
  if ((feature as { type?: unknown } | null)?.type !== 'Feature') return 'not a GeoJSON Feature';
  const geometry = (feature as { geometry?: unknown }).geometry;
  if (geometry === null)
    return requirement === 'polygons' ? 'has no geometry (polygons needed)' : null;
  if (typeof geometry !== 'object' || geometry === undefined) return 'geometry is missing';
  return checkGeometry(geometry as Geometry, requirement, 'geometry');
}

function checkGeometry(
  geometry: Geometry,
  requirement: FeatureRequirement,
  path: string,
): string | null {
  if (geometry.type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) return `${path}.geometries is not an array`;
    for (let i = 0; i < geometry.geometries.length; i++) {
      const problem = checkGeometry(
        geometry.geometries[i] as Geometry,
        requirement,
        `${path}.geometries[${i}]`,
      );
      if (problem) return problem;
    }
    return null;
  }
  const depth = (POSITION_DEPTH as Record<string, number>)[geometry.type as string];
  if (depth === undefined)
    return `${path}.type ${describe(geometry.type)} is not a GeoJSON geometry type`;
  if (
    requirement === 'polygons' &&
    geometry.type !== 'Polygon' &&
    geometry.type !== 'MultiPolygon'
  ) {
    return `${path} is a ${geometry.type}: polygons (Polygon or MultiPolygon) are needed`;
  }
  return checkCoordinates(geometry.coordinates, depth, `${path}.coordinates`, geometry.type);
}

function checkCoordinates(
  value: unknown,
  depth: number,
  path: string,
  type: string,
): string | null {
  if (depth === 0) return checkPosition(value, path);
  if (!Array.isArray(value)) return `${path} is not an array`;
  if (depth === 1 && (type === 'Polygon' || type === 'MultiPolygon') && value.length < 4) {
    return `${path} is a ring of ${value.length} positions (at least 4 needed)`;
  }
  for (let i = 0; i < value.length; i++) {
    const problem = checkCoordinates(value[i], depth - 1, `${path}[${i}]`, type);
    if (problem) return problem;
  }
  return null;
}

function checkPosition(value: unknown, path: string): string | null {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    return `${path} is ${describe(value)}, not a [longitude, latitude] position`;
  }
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return `${path} ${JSON.stringify(value)} holds something other than finite numbers`;
  }
  const [lon, lat] = value as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    return `${path} [${lon}, ${lat}] is outside longitude −180…180 / latitude −90…90 (projected metres?)`;
  }
  return null;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
