import type { Feature } from 'geojson';
import { bufferFeature } from '../analysis/buffer-feature.ts';
import { featureKey } from '../document/featureKey.ts';
import { type CheckInput, isCorridorInput, type LayerInput } from './check-spec.ts';

/** The layers a check reads, by registry id. */
export type LayerData = Readonly<Record<string, GeoJSON.FeatureCollection>>;

export class CheckInputError extends Error {}

/** The features of a layer input, filtered by its `where` and `featureKeys`. */
export function layerFeatures(input: LayerInput, layers: LayerData): Feature[] {
  const collection = layers[input.layerId];
  if (!collection) throw new CheckInputError(`no layer "${input.layerId}"`);
  const { where, featureKeys } = input;
  const keys = featureKeys && new Set(featureKeys);
  return collection.features.filter(
    (feature, index) =>
      (!where || where.equals.includes(String(feature.properties?.[where.property]))) &&
      (!keys || keys.has(featureKey(feature, index))),
  );
}

/** The features a check input stands for: a layer's, or the corridors around them. */
export function resolveInput(input: CheckInput, layers: LayerData): Feature[] {
  if (!isCorridorInput(input)) return layerFeatures(input, layers);
  return layerFeatures(input.corridorOf, layers).map((feature) =>
    bufferFeature(feature, input.distanceMeters),
  );
}
