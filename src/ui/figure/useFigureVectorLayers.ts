import type { FeatureCollection } from 'geojson';
import { useCallback } from 'react';
import { planVectorLayers, type VectorLayer } from '../../core/figure/vector-layers.ts';
import type { LayerDef } from '../../core/layers/types.ts';

/**
 * The shown plan layers as a PDF figure draws them in paths, read only when a PDF is made
 * (a function, so no render of the app packs them).
 */
export function useFigureVectorLayers(
  shownLayers: readonly LayerDef[],
  shownCollections: Readonly<Record<string, FeatureCollection>>,
  opacity: Readonly<Record<string, number>>,
): () => readonly VectorLayer[] {
  return useCallback(
    () => planVectorLayers(shownLayers, shownCollections, opacity),
    [shownLayers, shownCollections, opacity],
  );
}
