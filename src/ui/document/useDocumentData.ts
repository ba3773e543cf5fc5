import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DocumentState } from '../../core/document/state.ts';
import type { DocumentStore } from '../../core/document/store.ts';
import { type LayerLoad, useBundledLayers } from '../data/bundledLayers.ts';
import { collectionsOf } from './layerCollections.ts';

// The store's code is its own small chunk, fetched as the page starts, alongside the data: the
// map's first render does not wait for it, and the bundled layers need it only once they arrive.
const storeModule = import('./documentStoreModule.ts');

const EMPTY_DOC: DocumentState = { layers: new Map(), clock: 0 };
const noStore = {
  subscribe: () => () => {},
  getSnapshot: () => EMPTY_DOC,
};

/**
 * The layers as the map, the inspector, the layer counts and the checks read them: one
 * `DocumentStore` outside React holding the bundled features as loaded plus every patch since
 * (imports, drawing, edits). Each changed layer gets a new collection object, which is how the
 * map and the checks worker know to refresh; an unchanged layer keeps its object.
 */
export function useDocumentData() {
  const [store, setStore] = useState<DocumentStore | null>(null);
  useEffect(() => {
    let live = true;
    void storeModule.then(({ createDocumentStore }) => {
      if (live) setStore((existing) => existing ?? createDocumentStore());
    });
    return () => {
      live = false;
    };
  }, []);
  const bundled = useBundledLayers();

  // Bundled data arriving is not a history step: it is the base the changes are made against.
  const loaded = useMemo(() => new Set<string>(), []);
  useEffect(() => {
    if (!store) return;
    for (const [id, load] of Object.entries(bundled)) {
      if (load.status !== 'ready' || loaded.has(id)) continue;
      loaded.add(id);
      store.loadLayer(id, load.collection);
    }
  }, [bundled, loaded, store]);

  const source = store ?? noStore;
  const doc = useSyncExternalStore(source.subscribe, source.getSnapshot);
  const collections = useMemo(() => collectionsOf(doc), [doc]);

  const loads = useMemo(() => {
    const merged: Record<string, LayerLoad> = {};
    for (const [id, load] of Object.entries(bundled)) {
      const collection = collections[id];
      // Ready once the layer is in the document (a moment after its data arrives).
      merged[id] = load.status === 'ready' && !collection ? { status: 'loading' } : load;
    }
    for (const [id, collection] of Object.entries(collections)) {
      merged[id] = { status: 'ready', collection };
    }
    return merged;
  }, [bundled, collections]);

  /** Whether every bundled layer is in the document (or failed to load): the base is complete. */
  const baseComplete =
    store !== null &&
    Object.entries(bundled).every(([id, load]) => load.status === 'error' || collections[id]);

  /** An accepted import: one undoable patch. A feature without an id gets a fresh one. */
  const addFeatures = useCallback(
    (layerId: string, features: GeoJSON.Feature[]) => {
      void storeModule.then(({ newFeatureId }) => {
        const put = features.map((feature) => {
          const key = feature.id === undefined ? newFeatureId(layerId) : String(feature.id);
          return { layer: layerId, key, feature: { ...feature, id: key } };
        });
        store?.apply({ put, delete: [] });
      });
    },
    [store],
  );

  /** Every top-level id on the map: ids are unique across all layers. */
  const allIds = useCallback(
    () =>
      Object.values(collections).flatMap((c) =>
        c.features.flatMap((f) => (f.id === undefined ? [] : [String(f.id)])),
      ),
    [collections],
  );

  return { store, doc, loads, collections, addFeatures, allIds, baseComplete };
}
