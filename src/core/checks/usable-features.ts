import type { Feature } from 'geojson';
import {
  type FeatureRequirement,
  findInvalidFeatures,
  type InputProblem,
  leftOutFeature,
} from '../analysis/analysis-input.ts';
import { featureKey } from '../document/featureKey.ts';
import type { Lang } from '../i18n/messages.ts';
import type { LayerInput } from './check-spec.ts';
import { type LayerData, layerFeatureIndices } from './resolve-input.ts';

/** A feature a check left out, as the results view lists it. */
export interface LeftOutFeature {
  layerId: string;
  /** The feature's key in its layer (top-level id, or `#index`). */
  key: string;
  /** `properties.name`, or the key when it has none. */
  name: string;
  reason: 'invalid' | 'not-applicable';
  problems: InputProblem[];
}

/** The features a check runs on, and those it left out. */
export interface UsableFeatures {
  features: Feature[];
  leftOut: LeftOutFeature[];
}

// The validator's verdict on a layer, per collection object: the checks worker keeps one
// object per layer version, so a layer is checked once per change, not once per run.
const verdicts = new WeakMap<GeoJSON.FeatureCollection, Map<string, Map<number, InputProblem[]>>>();

function invalidFeaturesOf(
  layerId: string,
  collection: GeoJSON.FeatureCollection,
  lang: Lang | undefined,
): ReadonlyMap<number, InputProblem[]> {
  const byLang = verdicts.get(collection) ?? new Map<string, Map<number, InputProblem[]>>();
  verdicts.set(collection, byLang);
  const cached = byLang.get(lang ?? '');
  if (cached) return cached;
  const found = findInvalidFeatures(collection, { fileName: layerId, ...(lang ? { lang } : {}) });
  byLang.set(lang ?? '', found);
  return found;
}

/**
 * The features of a layer input that a check can use, as `giapranh analyze` reads a file:
 * those the validator finds errors in are left out (their numbers would be wrong), and so are
 * those that are not what the check takes (`polygons` for overlap), each with the reason.
 */
export function usableLayerFeatures(
  input: LayerInput,
  layers: LayerData,
  requirement: FeatureRequirement,
  lang?: Lang,
): UsableFeatures {
  const collection = layers[input.layerId];
  const indices = layerFeatureIndices(input, layers);
  if (!collection) return { features: [], leftOut: [] };
  const invalid = invalidFeaturesOf(input.layerId, collection, lang);
  const features: Feature[] = [];
  const leftOut: LeftOutFeature[] = [];
  for (const index of indices) {
    const feature = collection.features[index] as Feature;
    const left = leftOutFeature(feature, index, invalid.get(index), requirement);
    if (!left) {
      features.push(feature);
      continue;
    }
    const key = featureKey(feature, index);
    const name = feature.properties?.name;
    leftOut.push({
      layerId: input.layerId,
      key,
      name: typeof name === 'string' && name !== '' ? name : key,
      reason: left.reason,
      problems: left.problems,
    });
  }
  return { features, leftOut };
}
