import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DocumentStore, newFeatureId } from '../../core/document/index.ts';
import { type LayerLoad, useBundledLayers } from '../data/bundledLayers.ts';
import { collectionsOf } from './layerCollections.ts';

/**
 * The layers as the map, the inspector, the layer counts and the checks read them: one
 * `DocumentStore` outside React holding the bundled features as loaded plus every patch since
 * (imports, drawing, edits). Each changed layer gets a new collection object, which is how the
 * map and the checks worker know to refresh; an unchanged layer keeps its object.
 */
export function useDocumentData() {
  const [store] = useState(() => new DocumentStore());
  const bundled = useBundledLayers();

  // Bundled data arriving is not a history step: it is the base the changes are made against.
  const loaded = useMemo(() => new Set<string>(), []);
  useEffect(() => {
    for (const [id, load] of Object.entries(bundled)) {
      if (load.status !== 'ready' || loaded.has(id)) continue;
      loaded.add(id);
      store.loadLayer(id, load.collection);
    }
  }, [bundled, loaded, store]);

  const doc = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const collections = useMemo(() => collectionsOf(doc), [doc]);

  const loads = useMemo(() => {
    const merged: Record<string, LayerLoad> = { ...bundled };
    for (const [id, collection] of Object.entries(collections)) {
      merged[id] = { status: 'ready', collection };
    }
    return merged;
  }, [bundled, collections]);

  /** Whether every bundled layer has arrived (or failed): the base is complete. */
  const baseComplete = Object.values(bundled).every((load) => load.status !== 'loading');

  /** An accepted import: one undoable patch. A feature without an id gets a fresh one. */
  const addFeatures = useCallback(
    (layerId: string, features: GeoJSON.Feature[]) => {
      const put = features.map((feature) => {
        const key = feature.id === undefined ? newFeatureId(layerId) : String(feature.id);
        return { layer: layerId, key, feature: { ...feature, id: key } };
      });
      store.apply({ put, delete: [] });
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
