import { useMemo } from 'react';
import type { LayerDef } from '../../core/layers/types.ts';

/**
 * What the map shows: the visible layers that have features, in panel order (for the legend of
 * figures and the printed page, the embed code, the export of shown layers).
 */
export function useShownLayers(
  panelOrder: readonly LayerDef[],
  visible: Readonly<Record<string, boolean>>,
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>,
) {
  return useMemo(
    () =>
      panelOrder.filter(
        (layer) =>
          (visible[layer.id] ?? layer.visibleByDefault) &&
          (collections[layer.id]?.features.length ?? 0) > 0,
      ),
    [panelOrder, visible, collections],
  );
}
