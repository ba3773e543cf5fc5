import type { LayerDef } from '../layers/types.ts';
import { checkMultiPolygon } from './multipolygon-check.ts';
import { layerParams } from './named-params.ts';
import { memberPath } from './path.ts';
import { checkPolygon } from './polygon-check.ts';
import { checkPositionsInRegion } from './region-check.ts';
import type { Reporter } from './reporter.ts';
import { type CheckedGeometry, POSITION_DEPTH } from './shape.ts';
import type { RegionMode } from './types.ts';
import type { Position } from './walk.ts';

/** What a geometry's checks need. */
export interface GeometryContext {
  reporter: Reporter;
  layer: LayerDef | null;
  region: RegionMode;
}

/**
 * Checks a shape-checked geometry: the layer allows its type, it is not empty, lines and rings
 * have enough positions, polygons are valid, and every position is a longitude/latitude (in
 * the region, unless the region rule is off).
 */
export function checkGeometry(
  geometry: CheckedGeometry,
  path: string,
  context: GeometryContext,
): void {
  const { reporter } = context;
  checkAllowedInLayer(geometry.type, path, context);
  if (geometry.type === 'GeometryCollection') {
    checkCollection(geometry.geometries, path, context);
    return;
  }
  const coordinatesPath = memberPath(path, 'coordinates');
  const { coordinates } = geometry;
  if (geometry.type !== 'Point' && coordinates.length === 0) {
    reporter.error('geometry-empty', coordinatesPath, { type: geometry.type });
    return;
  }
  checkParts(geometry.type, coordinates, coordinatesPath, reporter);
  checkPositionsInRegion(
    coordinates,
    POSITION_DEPTH[geometry.type],
    coordinatesPath,
    reporter,
    context.region,
  );
}

function checkParts(
  type: Exclude<CheckedGeometry['type'], 'GeometryCollection'>,
  coordinates: unknown[],
  path: string,
  reporter: Reporter,
): void {
  if (type === 'LineString') checkLine(coordinates as Position[], path, reporter);
  if (type === 'Polygon') checkPolygon(coordinates as Position[][], path, reporter);
  if (type === 'MultiPolygon') checkMultiPolygon(coordinates as Position[][][], path, reporter);
  if (type !== 'MultiLineString') return;
  for (let i = 0; i < coordinates.length; i++) {
    checkLine(coordinates[i] as Position[], `${path}[${i}]`, reporter);
  }
}

function checkLine(line: readonly Position[], path: string, reporter: Reporter): void {
  if (line.length >= 2) return;
  reporter.error('line-too-few-positions', path, { count: line.length });
}

function checkCollection(
  geometries: CheckedGeometry[],
  path: string,
  context: GeometryContext,
): void {
  const base = memberPath(path, 'geometries');
  if (geometries.length === 0) {
    context.reporter.error('collection-empty', base);
    return;
  }
  for (let i = 0; i < geometries.length; i++) {
    checkGeometry(geometries[i]!, `${base}[${i}]`, context);
  }
}

function checkAllowedInLayer(
  type: CheckedGeometry['type'],
  path: string,
  { layer, reporter }: GeometryContext,
): void {
  if (layer === null) return;
  if ((layer.geometryTypes as readonly string[]).includes(type)) return;
  reporter.error('geometry-type-not-allowed', memberPath(path, 'type'), {
    type,
    ...layerParams(layer),
    allowed: layer.geometryTypes.join(', '),
  });
}
