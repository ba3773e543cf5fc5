import { applyPatch } from '../document/applyPatch.ts';
import type { Patch, PutOp } from '../document/patch.ts';
import { emptyPatch } from '../document/patch.ts';
import { patchBetween } from '../document/patchBetween.ts';
import type { DocumentState, LayerState } from '../document/state.ts';
import { type ImportPatchContext, importPatchInSteps, type Landing } from './import-patch.ts';
import type { ImportTarget } from './import-target.ts';

/** What landing an import needs besides the document, the target and the features. */
export interface LandContext extends Omit<ImportPatchContext, 'holderOf'> {
  /** The features replace those with the same ids, wherever they are (the `replace` choice). */
  replacing?: boolean;
}

/**
 * An accepted import as one patch against `doc`, and where it lands. A first landing is
 * `importPatch`'s, with what it replaces remembered. A move (`context.replaces`, the file sent
 * to another layer) is the earlier landing taken back, the features it replaced restored where
 * they were, then the file landed as if it had gone there first: what it replaces is worked
 * out again, and the whole is one patch (one undo step). A move into a layer the earlier
 * landing created changes nothing.
 */
export function landImport(
  doc: DocumentState,
  target: ImportTarget,
  features: readonly GeoJSON.Feature[],
  context: LandContext,
): { patch: Patch; landing: Landing } {
  const steps = landImportInSteps(doc, target, features, context);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link landImport} as a generator that pauses every few thousand features (see
 * `importPatchInSteps`): the page runs it across tasks when a large file lands.
 */
export function* landImportInSteps(
  doc: DocumentState,
  target: ImportTarget,
  features: readonly GeoJSON.Feature[],
  context: LandContext,
): Generator<void, { patch: Patch; landing: Landing }, void> {
  const { replaces, replacing, ...rest } = context;
  function* land(from: DocumentState, holderOf = (key: string) => holderIn(from, key)) {
    const built = yield* importPatchInSteps(target, features, {
      ...rest,
      ...(replacing && { holderOf }),
    });
    const restores = replacedBy(from, built.patch);
    if (restores.length > 0) built.landing.restores = restores;
    return built;
  }
  if (!replaces) return yield* land(doc);
  const into = target.kind === 'layer' ? target.layerId : undefined;
  const from = replaces.layers.find((layer) => layer.id === into);
  if (from?.created) return { patch: emptyPatch(), landing: replaces };
  const back = takeBack(doc, replaces);
  if (!replaces.restores && !from) {
    // Nothing to put back and no key both leaving and landing in one layer: the take-back and
    // the new landing side by side, in one pass (a move of 100,000 features stays cheap).
    const landed = new Set(replaces.layers.flatMap((layer) => layer.keys));
    const again = yield* land(doc, (key) => (landed.has(key) ? undefined : holderIn(doc, key)));
    const { put, delete: del, layers = [] } = again.patch;
    const patch = {
      put,
      delete: [...back.delete, ...del],
      layers: [...(back.layers ?? []), ...layers],
    };
    return { patch, landing: again.landing };
  }
  const before = applyPatch(doc, back).doc;
  const again = yield* land(before);
  const after = applyPatch(before, again.patch).doc;
  return { patch: patchBetween(doc, after), landing: again.landing };
}

/** The layer holding a feature key, if any (keys are unique on the map). */
export function holderIn(doc: DocumentState, key: string): string | undefined {
  for (const [layerId, layer] of doc.layers) if (layer.features.has(key)) return layerId;
  return undefined;
}

/**
 * The features a patch would replace or delete in `doc`, as puts that bring them back: in
 * place for one replaced where it is, at its index for one taken out of its layer.
 */
function replacedBy(doc: DocumentState, patch: Patch): PutOp[] {
  const restores: PutOp[] = [];
  // Positions by key, made once per layer: a file replacing a whole layer deletes every key.
  const positions = new Map<string, Map<string, number>>();
  const positionIn = (layer: LayerState, layerId: string, key: string) => {
    let byKey = positions.get(layerId);
    if (!byKey) {
      byKey = new Map(layer.order.map((k, index) => [k, index]));
      positions.set(layerId, byKey);
    }
    return byKey.get(key)!;
  };
  for (const op of patch.delete) {
    const layer = doc.layers.get(op.layer);
    const feature = layer?.features.get(op.key);
    if (!layer || !feature) continue;
    restores.push({ ...op, feature, index: positionIn(layer, op.layer, op.key) });
  }
  for (const op of patch.put) {
    const feature = doc.layers.get(op.layer)?.features.get(op.key);
    if (feature) restores.push({ layer: op.layer, key: op.key, feature });
  }
  return restores;
}

/**
 * The patch that takes a landing back from `doc` as it is now: its new layers removed, its
 * features deleted and the features it replaced put back, skipping what is gone already (the
 * planner undid the import) and a feature whose id another layer has taken since.
 */
function takeBack(doc: DocumentState, landing: Landing): Patch {
  const patch: Patch = { put: [], delete: [], layers: [] };
  const removed = new Set<string>();
  for (const layer of landing.layers) {
    if (!layer.created || !doc.layers.has(layer.id)) continue;
    patch.layers!.push({ op: 'remove', id: layer.id });
    removed.add(layer.id);
  }
  // Where the landing's features are: taken away by this patch, so free for a restored feature.
  const landed = new Set<string>();
  for (const layer of landing.layers)
    for (const key of layer.keys) landed.add(`${layer.id}\u0000${key}`);
  const restored = new Set<string>();
  for (const op of landing.restores ?? []) {
    const holder = holderIn(doc, op.key);
    const free =
      holder === undefined || holder === op.layer || landed.has(`${holder}\u0000${op.key}`);
    if (!doc.layers.has(op.layer) || removed.has(op.layer) || !free) continue;
    patch.put.push(op);
    restored.add(`${op.layer}\u0000${op.key}`);
  }
  for (const layer of landing.layers) {
    if (layer.created) continue;
    for (const key of layer.keys) {
      const there = doc.layers.get(layer.id)?.features.has(key);
      if (there && !restored.has(`${layer.id}\u0000${key}`))
        patch.delete.push({ layer: layer.id, key });
    }
  }
  if (patch.layers!.length === 0) delete patch.layers;
  return patch;
}
