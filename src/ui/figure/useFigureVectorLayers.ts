import type { FeatureCollection } from 'geojson';
import { useCallback } from 'react';
import type { VectorLayer } from '../../core/figure/vector-layers.ts';
import type { LayerDef } from '../../core/layers/types.ts';

/** The shown plan layers as a PDF figure draws them in paths, read when a PDF is made. */
export type ReadVectorLayers = () => Promise<readonly VectorLayer[]>;

/**
 * The shown plan layers as a PDF figure draws them in paths, read only when a PDF is made
 * (a function, so no render of the app packs them; the packing code loads with the first PDF).
 */
export function useFigureVectorLayers(
  shownLayers: readonly LayerDef[],
  shownCollections: Readonly<Record<string, FeatureCollection>>,
  opacity: Readonly<Record<string, number>>,
): ReadVectorLayers {
  return useCallback(async () => {
    const { planVectorLayers } = await import('../../core/figure/vector-layers.ts');
    return planVectorLayers(shownLayers, shownCollections, opacity);
  }, [shownLayers, shownCollections, opacity]);
}
