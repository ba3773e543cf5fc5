import { featureKey } from '../core/document/featureKey.ts';
import { MAP_FEATURE_KEY } from '../core/import/map-ready-text.ts';

/** The property that carries a feature's key through MapLibre, which drops string ids. */
export const FEATURE_KEY = MAP_FEATURE_KEY;

/** A copy of the collection for MapLibre, each feature tagged with its key. */
export function withFeatureKeys(collection: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature, index) => ({
      ...feature,
      properties: { ...feature.properties, [FEATURE_KEY]: featureKey(feature, index) },
    })),
  };
}
