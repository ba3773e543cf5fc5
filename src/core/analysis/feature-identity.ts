import type { Feature } from 'geojson';

/** A feature's name in results: its top-level `id`, or its index in the file when it has none. */
export function featureId(feature: Feature, index: number): string {
  const id = feature.id;
  if (id === undefined || id === null || id === '') return String(index);
  return String(id);
}

/** A feature's display name: `properties.name` when it is a string, else empty. */
export function featureName(feature: Feature): string {
  const name = feature.properties?.name;
  return typeof name === 'string' ? name : '';
}
