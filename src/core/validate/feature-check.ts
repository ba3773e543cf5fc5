import type { LayerDef } from '../layers/types.ts';
import { checkGeometry } from './geometry-check.ts';
import { describeValue, memberPath } from './path.ts';
import { checkProperties } from './properties-check.ts';
import type { Reporter } from './reporter.ts';
import { checkBbox, checkGeometryShape, isObject } from './shape.ts';
import type { UnknownProperties } from './unknown-properties.ts';

/** What the checks of one document share. */
export interface DocumentContext {
  reporter: Reporter;
  /** The layer whose schema applies, or `null` for data of no known layer. */
  layer: LayerDef | null;
  /** Top-level ids seen so far, with the index of the feature that used each first. */
  ids: Map<string | number, number>;
  /** Properties the layer's schema does not know, reported once per file. */
  unknownProperties: UnknownProperties;
}

/** Checks one Feature: its members, id, properties and geometry. */
export function checkFeature(
  feature: unknown,
  index: number | undefined,
  path: string,
  context: DocumentContext,
): void {
  const { reporter, layer } = context;
  const id = isObject(feature) ? feature.id : undefined;
  reporter.enterFeature(index, typeof id === 'string' || typeof id === 'number' ? id : undefined);
  if (!isObject(feature)) {
    reporter.error(
      'feature-not-object',
      path,
      `a feature must be an object, found ${describeValue(feature)}`,
    );
    return;
  }
  if (feature.type !== 'Feature') {
    reporter.error(
      'feature-type',
      memberPath(path, 'type'),
      `a feature's "type" must be "Feature", found ${describeValue(feature.type)}`,
    );
  }
  checkBbox(feature, path, reporter);
  checkId(feature, index ?? 0, path, context);
  checkPropertiesMember(feature, path, context);
  checkGeometryMember(feature, path, layer, reporter);
}

function checkId(
  feature: Record<string, unknown>,
  index: number,
  path: string,
  { reporter, layer, ids }: DocumentContext,
): void {
  const id = feature.id;
  if (id === undefined) {
    if (layer !== null) {
      reporter.error(
        'id-missing',
        path,
        `features of the layer "${layer.id}" need a top-level "id", a stable readable string unique across all layers`,
      );
    }
    return;
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    reporter.error(
      'id-invalid',
      memberPath(path, 'id'),
      `"id" must be a string or a number, found ${describeValue(id)}`,
    );
    return;
  }
  const first = ids.get(id);
  if (first === undefined) {
    ids.set(id, index);
    return;
  }
  reporter.error(
    'duplicate-id',
    memberPath(path, 'id'),
    `the id ${JSON.stringify(id)} is already used by features[${first}] in this file`,
  );
}

function checkPropertiesMember(
  feature: Record<string, unknown>,
  path: string,
  { reporter, layer, unknownProperties }: DocumentContext,
): void {
  const propertiesPath = memberPath(path, 'properties');
  if (!('properties' in feature)) {
    reporter.error(
      'properties-missing',
      propertiesPath,
      'a feature needs a "properties" member (an object, or null)',
    );
  } else if (feature.properties !== null && !isObject(feature.properties)) {
    reporter.error(
      'properties-not-object',
      propertiesPath,
      `"properties" must be an object or null, found ${describeValue(feature.properties)}`,
    );
  }
  checkProperties(feature.properties, propertiesPath, layer, reporter, unknownProperties);
}

function checkGeometryMember(
  feature: Record<string, unknown>,
  path: string,
  layer: LayerDef | null,
  reporter: Reporter,
): void {
  const geometryPath = memberPath(path, 'geometry');
  if (!('geometry' in feature)) {
    reporter.error(
      'geometry-missing',
      geometryPath,
      'a feature needs a "geometry" member (a geometry object, or null)',
    );
    return;
  }
  const geometry = feature.geometry;
  if (geometry === null) {
    reporter.warning(
      'geometry-null',
      geometryPath,
      'the feature has no geometry (null): it is kept, but not drawn on the map',
    );
    return;
  }
  if (checkGeometryShape(geometry, geometryPath, reporter)) {
    checkGeometry(geometry, geometryPath, layer, reporter);
  }
}
