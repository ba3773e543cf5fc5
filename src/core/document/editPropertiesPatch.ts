import type { Patch } from './patch.ts';
import type { DocumentState } from './state.ts';

/**
 * One patch that sets properties on features of a layer: a form's save, a table cell, or one
 * field edited for many selected rows at once (one undo step for all). `undefined` removes a
 * property. A property keeps its place in the feature; a new one goes last, so the file's line
 * changes only where the value did. Keys the layer does not hold, and features the change
 * would leave as they are, are skipped.
 */
export function editPropertiesPatch(
  doc: DocumentState,
  layerId: string,
  keys: readonly string[],
  changes: Readonly<Record<string, unknown>>,
): Patch {
  const layer = doc.layers.get(layerId);
  const patch: Patch = { put: [], delete: [] };
  if (!layer) return patch;
  for (const key of keys) {
    const feature = layer.features.get(key);
    if (!feature) continue;
    const before = feature.properties ?? {};
    const after: Record<string, unknown> = { ...before };
    let changed = false;
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined) {
        changed ||= name in after;
        delete after[name];
      } else {
        changed ||= !Object.is(after[name], value) || Array.isArray(value);
        after[name] = value;
      }
    }
    if (changed)
      patch.put.push({ layer: layerId, key, feature: { ...feature, properties: after } });
  }
  return patch;
}
