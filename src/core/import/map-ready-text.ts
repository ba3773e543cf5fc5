import { featureKey } from '../document/featureKey.ts';
import { newFeatureId } from '../document/newFeatureId.ts';

/** The property that carries a feature's key through MapLibre, which drops string ids. */
export const MAP_FEATURE_KEY = '__key';

/** Gives every feature without an id a fresh one (`<prefix>-…`), in place. */
export function assignMissingIds(features: GeoJSON.Feature[], prefix: string): void {
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    if (feature.id === undefined) features[i] = { ...feature, id: newFeatureId(prefix) };
  }
}

/**
 * A layer's features as the GeoJSON text the map's source takes (each tagged with its key), made
 * where the features already are (the import worker), so the page hands MapLibre a blob URL for
 * its own worker to fetch and parse instead of cloning every feature on the main thread.
 */
export function mapReadyText(features: readonly GeoJSON.Feature[]): string {
  const parts: string[] = [];
  features.forEach((feature, index) => {
    const tagged = {
      ...feature,
      properties: { ...feature.properties, [MAP_FEATURE_KEY]: featureKey(feature, index) },
    };
    parts.push(JSON.stringify(tagged));
  });
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}
