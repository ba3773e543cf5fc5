import { layerEditability } from './editability.ts';
import type { LayerDef } from './types.ts';

/**
 * Registry layers that describe the surroundings (rivers, airport, towns) rather than the plan:
 * editable, but not where a planner's new shapes belong, so never the default.
 */
const REFERENCE_LAYER_IDS: ReadonlySet<string> = new Set(['context']);

/**
 * The layer the Edit tab draws into before the planner has chosen one: their newest own
 * layer if they made one, else the first editable plan layer in `layers` (registry order),
 * else any editable layer, else `''`.
 */
export function defaultDrawLayerId(
  layers: readonly LayerDef[],
  userLayerIds: readonly string[] = [],
): string {
  const newestOwn = userLayerIds.at(-1);
  if (newestOwn !== undefined) return newestOwn;
  const editable = layers.filter((layer) => layerEditability(layer).editable);
  const plan = editable.find((layer) => !REFERENCE_LAYER_IDS.has(layer.id));
  return plan?.id ?? editable[0]?.id ?? '';
}
