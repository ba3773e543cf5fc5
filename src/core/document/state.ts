import type { UserLayerDef } from '../layers/userLayer.ts';
import { featureKey } from './featureKey.ts';
import { layersTouched, type Patch } from './patch.ts';

/**
 * One layer in the document. Immutable: a change makes a new object, and a layer no patch
 * touched keeps its identity, so consumers compare with `===` and skip it.
 */
export interface LayerState {
  /** Counts every change to the layer since the app started; never goes back (not even on undo). */
  readonly version: number;
  /** Feature keys in drawing and file order. */
  readonly order: readonly string[];
  readonly features: ReadonlyMap<string, GeoJSON.Feature>;
  /** Present for a planner's own layer, absent for a registry layer. */
  readonly userDef?: UserLayerDef;
}

/** The whole document: every layer's features, bundled, imported and drawn alike. */
export interface DocumentState {
  readonly layers: ReadonlyMap<string, LayerState>;
  /**
   * Counts every change to the document; a changed layer takes the new clock as its version, so
   * a version never names two different contents, even across undo or a removed layer's return.
   */
  readonly clock: number;
}

/** A document with no layers. */
export function emptyDocument(): DocumentState {
  return { layers: new Map(), clock: 0 };
}

/**
 * Keys for a collection's features: `featureKey`, and `#index` for a repeated id so a duplicate
 * (which the validator reports) is kept rather than overwriting the first.
 */
export function keysForCollection(collection: GeoJSON.FeatureCollection): string[] {
  const seen = new Set<string>();
  return collection.features.map((feature, index) => {
    let key = featureKey(feature, index);
    if (seen.has(key)) key = `#${index}`;
    seen.add(key);
    return key;
  });
}

/** A layer state holding a collection's features in file order. */
export function layerFromCollection(
  collection: GeoJSON.FeatureCollection,
  version: number,
  userDef?: UserLayerDef,
): LayerState {
  const order = keysForCollection(collection);
  const features = new Map<string, GeoJSON.Feature>();
  order.forEach((key, index) => {
    features.set(key, collection.features[index]!);
  });
  return userDef ? { version, order, features, userDef } : { version, order, features };
}

/** A layer's features as a FeatureCollection, in order. */
export function layerToCollection(layer: LayerState): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.order.map((key) => layer.features.get(key)!),
  };
}

/** The versions, in `doc`, of the layers a patch touches that exist there: a patch's `base`. */
export function versionsOf(doc: DocumentState, patch: Patch): Record<string, number> {
  const base: Record<string, number> = {};
  for (const id of layersTouched(patch)) {
    const layer = doc.layers.get(id);
    if (layer) base[id] = layer.version;
  }
  return base;
}
