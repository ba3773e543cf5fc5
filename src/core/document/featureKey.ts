/** A feature's key in its layer: its top-level id, or `#index` when it has none. */
export function featureKey(feature: GeoJSON.Feature, index: number): string {
  return feature.id === undefined ? `#${index}` : String(feature.id);
}

/** Find a feature by the key `featureKey` gave it. */
export function findByKey(
  collection: GeoJSON.FeatureCollection,
  key: string,
): GeoJSON.Feature | undefined {
  if (key.startsWith('#')) return collection.features[Number(key.slice(1))];
  return collection.features.find((feature) => String(feature.id) === key);
}
