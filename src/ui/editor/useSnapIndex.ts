import { useCallback, useRef } from 'react';
import { buildSnapIndex, type SnapIndex } from '../../editor/snap/snapIndex.ts';

/**
 * The snap index of the visible layers' features, minus the feature being edited (its own old
 * vertices would hold the pointer). Built on the first snap after a change, not on every change.
 */
export function useSnapIndex(
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>,
  visibleLayerIds: readonly string[],
  excludeKey: string | undefined,
): () => SnapIndex | undefined {
  const cache = useRef<{ inputs: unknown[]; index?: SnapIndex }>({ inputs: [] });
  const inputs = [collections, visibleLayerIds.join(' '), excludeKey];
  if (inputs.some((input, i) => input !== cache.current.inputs[i])) cache.current = { inputs };
  return useCallback(() => {
    const current = cache.current;
    if (!current.index) {
      const [layers, ids, exclude] = current.inputs as [typeof collections, string, string?];
      const features = ids
        .split(' ')
        .flatMap((id) => layers[id]?.features ?? [])
        .filter((feature) => exclude === undefined || String(feature.id) !== exclude);
      current.index = buildSnapIndex(features);
    }
    return current.index;
  }, []);
}
