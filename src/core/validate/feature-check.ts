import type { LayerDef } from '../layers/types.ts';
import { checkForbiddenMembers } from './forbidden-members.ts';
import { checkGeometry } from './geometry-check.ts';
import { layerParams } from './named-params.ts';
import { memberPath } from './path.ts';
import { checkProperties } from './properties-check.ts';
import { quote, type Reporter } from './reporter.ts';
import { checkBbox, checkGeometryShape, isObject } from './shape.ts';
import type { RegionMode } from './types.ts';
import type { UnknownProperties } from './unknown-properties.ts';

/** What the checks of one document share. */
export interface DocumentContext {
  reporter: Reporter;
  /** The layer whose schema applies, or `null` for data of no known layer. */
  layer: LayerDef | null;
  /**
   * Top-level ids seen so far, by their text (`1` and `"1"` are one id to most tools), with
   * the index of the feature that used each first.
   */
  ids: Map<string | number, number>;
  /** Each id's spelling where it was first used, to quote it (`"1"` against `1`). */
  idSpellings: Map<string, string | number>;
  /** Properties the layer's schema does not know, reported once per file. */
  unknownProperties: UnknownProperties;
  /** Whether positions far from the region are errors. */
  region: RegionMode;
}

/** Checks one Feature: its members, id, properties and geometry. */
export function checkFeature(
  feature: unknown,
  index: number | undefined,
  path: string,
  context: DocumentContext,
): void {
  const { reporter } = context;
  const id = isObject(feature) ? feature.id : undefined;
  reporter.enterFeature(index, typeof id === 'string' || typeof id === 'number' ? id : undefined);
  if (!isObject(feature)) {
    reporter.error('feature-not-object', path, { found: quote(path, feature) });
    return;
  }
  if (feature.type !== 'Feature') {
    const typePath = memberPath(path, 'type');
    reporter.error('feature-type', typePath, { found: quote(typePath, feature.type) });
  }
  checkBbox(feature, path, reporter);
  checkForbiddenMembers(feature, 'Feature', path, reporter);
  checkId(feature, index ?? 0, path, context);
  checkPropertiesMember(feature, path, context);
  checkGeometryMember(feature, path, context);
}

function checkId(
  feature: Record<string, unknown>,
  index: number,
  path: string,
  { reporter, layer, ids, idSpellings }: DocumentContext,
): void {
  const id = feature.id;
  const idPath = memberPath(path, 'id');
  if (id === undefined) {
    if (layer !== null) reporter.error('id-missing', path, layerParams(layer));
    return;
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    reporter.error('id-invalid', idPath, { found: quote(idPath, id) });
    return;
  }
  const text = String(id);
  const first = ids.get(text);
  if (first === undefined) {
    ids.set(text, index);
    idSpellings.set(text, id);
    return;
  }
  const earlier = idSpellings.get(text);
  reporter.error('duplicate-id', idPath, {
    id: JSON.stringify(id),
    earlier: JSON.stringify(earlier),
    first,
  });
}

function checkPropertiesMember(
  feature: Record<string, unknown>,
  path: string,
  { reporter, layer, unknownProperties }: DocumentContext,
): void {
  const propertiesPath = memberPath(path, 'properties');
  if (!('properties' in feature)) {
    reporter.error('properties-missing', propertiesPath);
  } else if (feature.properties !== null && !isObject(feature.properties)) {
    reporter.error('properties-not-object', propertiesPath, {
      found: quote(propertiesPath, feature.properties),
    });
  }
  checkProperties(feature.properties, propertiesPath, layer, reporter, unknownProperties);
}

function checkGeometryMember(
  feature: Record<string, unknown>,
  path: string,
  context: DocumentContext,
): void {
  const { reporter } = context;
  const geometryPath = memberPath(path, 'geometry');
  if (!('geometry' in feature)) {
    reporter.error('geometry-missing', geometryPath);
    return;
  }
  const geometry = feature.geometry;
  if (geometry === null) {
    reporter.warning('geometry-null', geometryPath);
    return;
  }
  if (checkGeometryShape(geometry, geometryPath, reporter)) {
    checkGeometry(geometry, geometryPath, context);
  }
}
