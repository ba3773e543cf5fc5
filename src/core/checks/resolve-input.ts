import type { Feature } from 'geojson';
import type { FeatureRequirement } from '../analysis/analysis-input.ts';
import { bufferFeature } from '../analysis/buffer-feature.ts';
import { featureKey } from '../document/featureKey.ts';
import type { Lang } from '../i18n/messages.ts';
import { type CheckInput, isCorridorInput, type LayerInput } from './check-spec.ts';
import { type UsableFeatures, usableLayerFeatures } from './usable-features.ts';

/** The layers a check reads, by registry id. */
export type LayerData = Readonly<Record<string, GeoJSON.FeatureCollection>>;

export class CheckInputError extends Error {}

/** The features of a layer input, filtered by its `where` and `featureKeys`. */
export function layerFeatures(input: LayerInput, layers: LayerData): Feature[] {
  const features = (layers[input.layerId] as GeoJSON.FeatureCollection).features;
  return layerFeatureIndices(input, layers).map((index) => features[index] as Feature);
}

/** The indices in its layer of a layer input's features. */
export function layerFeatureIndices(input: LayerInput, layers: LayerData): number[] {
  const collection = layers[input.layerId];
  if (!collection) throw new CheckInputError(`no layer "${input.layerId}"`);
  const { where, featureKeys } = input;
  const keys = featureKeys && new Set(featureKeys);
  const indices: number[] = [];
  collection.features.forEach((feature, index) => {
    if (where && !where.equals.includes(String(feature.properties?.[where.property]))) return;
    if (keys && !keys.has(featureKey(feature, index))) return;
    indices.push(index);
  });
  return indices;
}

/**
 * The features a check input stands for: a layer's, or the corridors around them, without
 * the features left out (invalid, or not what the check takes), which are listed.
 */
export function resolveInput(
  input: CheckInput,
  layers: LayerData,
  requirement: FeatureRequirement,
  lang?: Lang,
): UsableFeatures {
  if (!isCorridorInput(input)) return usableLayerFeatures(input, layers, requirement, lang);
  // A corridor is a polygon whatever it surrounds: only invalid features are left out.
  const around = usableLayerFeatures(input.corridorOf, layers, 'any', lang);
  return {
    features: around.features.map((feature) => bufferFeature(feature, input.distanceMeters)),
    leftOut: around.leftOut,
  };
}
