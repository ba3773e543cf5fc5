import type { DocumentState, LayerState } from '../../core/document/state.ts';

// One collection per layer state: a layer no patch touched keeps its state object, so it keeps
// its collection too, and the map and the checks worker skip it.
const cache = new WeakMap<LayerState, GeoJSON.FeatureCollection>();

/** A layer's features as a FeatureCollection, the same object for as long as the layer is unchanged. */
export function collectionOf(layer: LayerState): GeoJSON.FeatureCollection {
  let collection = cache.get(layer);
  if (!collection) {
    // As layerToCollection does; written out so the store's module stays out of the first chunk.
    collection = {
      type: 'FeatureCollection',
      features: layer.order.map((key) => layer.features.get(key)!),
    };
    cache.set(layer, collection);
  }
  return collection;
}

/** Every layer of the document as a FeatureCollection, by layer id. */
export function collectionsOf(doc: DocumentState): Record<string, GeoJSON.FeatureCollection> {
  const collections: Record<string, GeoJSON.FeatureCollection> = {};
  for (const [id, layer] of doc.layers) collections[id] = collectionOf(layer);
  return collections;
}
