import { useMemo } from 'react';
import type { DocumentState } from '../../core/document/state.ts';
import { layersInDrawOrder } from '../../core/layers/registry.ts';
import { useUserLayers } from '../document/useUserLayers.ts';
import { useStableList } from '../hooks/useStableList.ts';

const DRAW_ORDER = layersInDrawOrder();

/**
 * Every layer in the order the map draws them (the registry's, then the planners' own above
 * them) and in the order the panel lists them (top-most first, as map legends do), with a
 * lookup of any layer's definition by id.
 */
export function useLayerOrder(doc: DocumentState) {
  const userLayerList = useUserLayers(doc);
  const { layerDef } = userLayerList;
  // The same list while no planner's layer changed: edits elsewhere do not rebuild the style.
  const userLayers = useStableList(userLayerList.userLayers);
  const drawOrder = useMemo(
    () => (userLayers.length === 0 ? DRAW_ORDER : [...DRAW_ORDER, ...userLayers]),
    [userLayers],
  );
  const panelOrder = useMemo(() => [...drawOrder].reverse(), [drawOrder]);
  return { layerDef, userLayers, drawOrder, panelOrder };
}
