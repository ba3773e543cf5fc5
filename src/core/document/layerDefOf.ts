import { getLayer } from '../layers/registry.ts';
import type { LayerDef } from '../layers/types.ts';
import { userLayerToLayerDef } from '../layers/userLayer.ts';
import type { DocumentState } from './state.ts';

/** A layer's definition: the registry's, or a planner's layer's from the document. */
export function layerDefOf(doc: DocumentState, layerId: string): LayerDef | undefined {
  const registry = getLayer(layerId);
  if (registry) return registry;
  const userDef = doc.layers.get(layerId)?.userDef;
  return userDef ? userLayerToLayerDef(userDef) : undefined;
}

/** The planners' own layers in the document, in the order they were created. */
export function userLayerDefs(doc: DocumentState): LayerDef[] {
  const defs: LayerDef[] = [];
  for (const layer of doc.layers.values()) {
    if (layer.userDef) defs.push(userLayerToLayerDef(layer.userDef));
  }
  return defs;
}
