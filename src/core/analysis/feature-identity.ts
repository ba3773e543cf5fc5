import type { Feature } from 'geojson';

/**
 * A feature's name in results: its top-level `id`, or `#index` (its place in the file) when it
 * has none, as the app's feature keys do: a bare index would read as the id `"1"`.
 */
export function featureId(feature: Feature, index: number): string {
  const id = feature.id;
  if (id === undefined || id === null || id === '') return `#${index}`;
  return String(id);
}

/** A feature's display name: `properties.name` when it is a string, else empty. */
export function featureName(feature: Feature): string {
  const name = feature.properties?.name;
  return typeof name === 'string' ? name : '';
}
