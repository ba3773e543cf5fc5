import { useCallback, useMemo, useState } from 'react';
import { type LayerLoad, useBundledLayers } from './bundledLayers.ts';

/**
 * The layers as the map and the checks see them: the bundled features, then any features
 * imported this session. Each change makes a new collection object, which is how the map and
 * the checks worker know to refresh.
 */
export function useLayerData() {
  const bundled = useBundledLayers();
  const [imported, setImported] = useState<Record<string, GeoJSON.Feature[]>>({});

  const addFeatures = useCallback(
    (layerId: string, features: GeoJSON.Feature[]) =>
      setImported((previous) => ({
        ...previous,
        [layerId]: [...(previous[layerId] ?? []), ...features],
      })),
    [],
  );

  const collections = useMemo(() => {
    const ready: Record<string, GeoJSON.FeatureCollection> = {};
    for (const [id, load] of Object.entries(bundled)) {
      if (load.status !== 'ready') continue;
      const extra = imported[id];
      ready[id] = extra
        ? { ...load.collection, features: [...load.collection.features, ...extra] }
        : load.collection;
    }
    return ready;
  }, [bundled, imported]);

  const loads = useMemo(() => {
    const merged: Record<string, LayerLoad> = { ...bundled };
    for (const [id, collection] of Object.entries(collections)) {
      merged[id] = { status: 'ready', collection };
    }
    return merged;
  }, [bundled, collections]);

  /** Every top-level id on the map: ids are unique across all layers. */
  const allIds = useCallback(
    () =>
      Object.values(collections).flatMap((c) =>
        c.features.flatMap((f) => (f.id === undefined ? [] : [String(f.id)])),
      ),
    [collections],
  );

  return { loads, collections, addFeatures, allIds };
}
