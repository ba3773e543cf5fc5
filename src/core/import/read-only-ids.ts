import type { DocumentState } from '../document/state.ts';
import { layerEditability } from '../layers/editability.ts';
import type { LayerDef } from '../layers/types.ts';

/**
 * The keys of the features held by read-only layers (the 2019 boundaries): an import may clash
 * with them but never replace them, since no edit may delete a read-only layer's feature.
 */
export function readOnlyIds(
  doc: DocumentState,
  layerDef: (layerId: string) => LayerDef | undefined,
): string[] {
  const ids: string[] = [];
  for (const [layerId, layer] of doc.layers) {
    const def = layerDef(layerId);
    if (def && !layerEditability(def).editable) ids.push(...layer.features.keys());
  }
  return ids;
}
