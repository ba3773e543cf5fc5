import { layerEditability } from './editability.ts';
import type { LayerDef } from './types.ts';

/**
 * The layer the Edit tab draws into before the planner has chosen one: their newest own
 * layer if they made one, else the first editable plan layer in `layers` (registry order),
 * else any editable layer (a `reference` one such as the surroundings), else `''`.
 */
export function defaultDrawLayerId(
  layers: readonly LayerDef[],
  userLayerIds: readonly string[] = [],
): string {
  const newestOwn = userLayerIds.at(-1);
  if (newestOwn !== undefined) return newestOwn;
  const editable = layers.filter((layer) => layerEditability(layer).editable);
  const plan = editable.find((layer) => layer.role !== 'reference');
  return plan?.id ?? editable[0]?.id ?? '';
}
