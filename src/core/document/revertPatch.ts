import type { Patch } from './patch.ts';
import { patchBetween } from './patchBetween.ts';
import type { DocumentState } from './state.ts';

/** A feature named for revert: its layer and key. */
export interface FeatureRef {
  layer: string;
  key: string;
}

/**
 * The patch that reverts edits to the bundled data: all of them, or only the features named in
 * `keys`. Apply it through the store like any edit, so a revert is itself one undoable step.
 * Reverting all also removes planners' own layers; a deleted feature comes back at its bundled
 * position (exact when everything is reverted, nearest otherwise).
 */
export function revertPatch(
  doc: DocumentState,
  base: DocumentState,
  keys?: readonly FeatureRef[],
): Patch {
  if (!keys) return patchBetween(doc, base);
  const byLayer = new Map<string, Set<string>>();
  for (const { layer, key } of keys) {
    const set = byLayer.get(layer) ?? new Set<string>();
    set.add(key);
    byLayer.set(layer, set);
  }
  return patchBetween(doc, base, byLayer);
}
