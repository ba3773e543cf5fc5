import type { Feature } from 'geojson';

/**
 * A FeatureCollection as text that diffs well: one feature per line, keys in a fixed order
 * (type, id, properties, geometry), a newline at the end.
 */
export function serializeFeatureCollection(features: readonly Feature[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((feature) => JSON.stringify(orderKeys(feature)));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function orderKeys(feature: Feature): Feature {
  const { id, properties, geometry } = feature;
  return id === undefined
    ? { type: 'Feature', properties, geometry }
    : { type: 'Feature', id, properties, geometry };
}
