import { featureKey } from '../document/featureKey.ts';
import { newFeatureId } from '../document/newFeatureId.ts';
import { chunkOfEach } from '../geometry/layerChunking.ts';

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
 * A layer's features as the GeoJSON text the map's sources take (each tagged with its key), made
 * where the features already are (the import worker), so the page hands MapLibre blob URLs for
 * its own worker to fetch and parse instead of cloning every feature on the main thread. Cut as
 * the map cuts a large layer into spatial chunks (one text for a small layer): each chunk is a
 * source of its own, so no tile MapLibre hands the page holds the whole layer. The cut's splits
 * go with the texts, so the page's first edit of the layer goes on from this cut.
 */
export function mapReadyChunks(features: readonly GeoJSON.Feature[]): {
  texts: string[];
  splits: number[];
} {
  const { count, chunkOf, splits } = chunkOfEach(features);
  const parts: string[][] = Array.from({ length: count }, () => []);
  features.forEach((feature, index) => {
    const tagged = {
      ...feature,
      properties: { ...feature.properties, [MAP_FEATURE_KEY]: featureKey(feature, index) },
    };
    parts[chunkOf[index]!]!.push(JSON.stringify(tagged));
  });
  const texts = parts.map(
    (chunk) => `{"type":"FeatureCollection","features":[${chunk.join(',')}]}`,
  );
  return { texts, splits };
}
