import { featureKey } from '../core/document/featureKey.ts';

/** The property that carries a feature's key through MapLibre, which drops string ids. */
export const FEATURE_KEY = '__key';

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
