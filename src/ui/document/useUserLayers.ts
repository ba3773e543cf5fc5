import { useMemo } from 'react';
import type { DocumentState } from '../../core/document/state.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { userLayerToLayerDef } from '../../core/layers/userLayer.ts';

// One LayerDef per planner's layer definition object: unchanged layers keep theirs, so the
// style is not rebuilt for them.
const defs = new WeakMap<object, LayerDef>();

/**
 * The planners' own layers of the document as registry-shaped definitions, in document order
 * (drawn above every registry layer), and a lookup of any layer's definition by id.
 */
export function useUserLayers(doc: DocumentState) {
  const userLayers = useMemo(() => {
    const list: LayerDef[] = [];
    for (const layer of doc.layers.values()) {
      if (!layer.userDef) continue;
      let def = defs.get(layer.userDef);
      if (!def) {
        def = userLayerToLayerDef(layer.userDef);
        defs.set(layer.userDef, def);
      }
      list.push(def);
    }
    return list;
  }, [doc]);
  const layerDef = useMemo(() => {
    const byId = new Map(userLayers.map((def) => [def.id, def]));
    return (id: string): LayerDef | undefined => getLayer(id) ?? byId.get(id);
  }, [userLayers]);
  return { userLayers, layerDef };
}
