import type { LayerDef } from '../layers/types.ts';
import { memberPath } from './path.ts';
import { checkPolygon } from './polygon-check.ts';
import { checkPositionsInRegion } from './region-check.ts';
import type { Reporter } from './reporter.ts';
import { type CheckedGeometry, POSITION_DEPTH } from './shape.ts';
import type { Position } from './walk.ts';

/**
 * Checks a shape-checked geometry: the layer allows its type, it is not empty, lines and rings
 * have enough positions, rings are valid, and every position is a longitude/latitude in the
 * region.
 */
export function checkGeometry(
  geometry: CheckedGeometry,
  path: string,
  layer: LayerDef | null,
  reporter: Reporter,
): void {
  checkAllowedInLayer(geometry.type, path, layer, reporter);
  if (geometry.type === 'GeometryCollection') {
    checkCollection(geometry.geometries, path, layer, reporter);
    return;
  }
  const coordinatesPath = memberPath(path, 'coordinates');
  const { coordinates } = geometry;
  if (geometry.type !== 'Point' && coordinates.length === 0) {
    reporter.error(
      'geometry-empty',
      coordinatesPath,
      `the ${geometry.type} has no coordinates: it is empty (use "geometry": null for a feature without a place)`,
    );
    return;
  }
  checkParts(geometry.type, coordinates, coordinatesPath, reporter);
  checkPositionsInRegion(coordinates, POSITION_DEPTH[geometry.type], coordinatesPath, reporter);
}

function checkParts(
  type: Exclude<CheckedGeometry['type'], 'GeometryCollection'>,
  coordinates: unknown[],
  path: string,
  reporter: Reporter,
): void {
  if (type === 'LineString') checkLine(coordinates as Position[], path, reporter);
  if (type === 'Polygon') checkPolygon(coordinates as Position[][], path, reporter);
  for (let i = 0; i < coordinates.length; i++) {
    if (type === 'MultiLineString')
      checkLine(coordinates[i] as Position[], `${path}[${i}]`, reporter);
    if (type === 'MultiPolygon')
      checkPolygon(coordinates[i] as Position[][], `${path}[${i}]`, reporter);
  }
}

function checkLine(line: readonly Position[], path: string, reporter: Reporter): void {
  if (line.length >= 2) return;
  reporter.error(
    'line-too-few-positions',
    path,
    `a line needs at least 2 positions, found ${line.length}`,
  );
}

function checkCollection(
  geometries: CheckedGeometry[],
  path: string,
  layer: LayerDef | null,
  reporter: Reporter,
): void {
  if (geometries.length === 0) {
    reporter.error(
      'geometry-empty',
      memberPath(path, 'geometries'),
      'the GeometryCollection has no geometries: it is empty (use "geometry": null for a feature without a place)',
    );
    return;
  }
  const base = memberPath(path, 'geometries');
  for (let i = 0; i < geometries.length; i++) {
    checkGeometry(geometries[i]!, `${base}[${i}]`, layer, reporter);
  }
}

function checkAllowedInLayer(
  type: CheckedGeometry['type'],
  path: string,
  layer: LayerDef | null,
  reporter: Reporter,
): void {
  if (layer === null) return;
  if ((layer.geometryTypes as readonly string[]).includes(type)) return;
  reporter.error(
    'geometry-type-not-allowed',
    memberPath(path, 'type'),
    `a ${type} is not allowed in the layer "${layer.id}", which takes ${layer.geometryTypes.join(', ')}`,
  );
}
