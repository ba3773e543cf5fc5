import type { UserLayerDef } from '../layers/userLayer.ts';
import { checkPatchInSteps, OPS_PER_STEP } from './checkPatch.ts';
import type { DeleteOp, Patch, PutOp } from './patch.ts';
import { emptyPatch, isEmptyPatch, layersTouched } from './patch.ts';
import { type DocumentState, type LayerState, versionsOf } from './state.ts';

/** A document after a patch, and the patch that takes it back. */
export interface PatchResult {
  doc: DocumentState;
  inverse: Patch;
}

/**
 * The one write path: applies a patch to a document and returns the new document and the
 * inverse patch. Pure: `doc` is untouched, layers the patch does not touch keep their identity,
 * and applying `inverse` to the result gives back `doc`'s features, order and layers exactly
 * (versions move on). Throws `PatchError`, changing nothing, when the patch cannot apply.
 */
export function applyPatch(doc: DocumentState, patch: Patch): PatchResult {
  const steps = applyPatchInSteps(doc, patch);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link applyPatch} as a generator that pauses (yields) every few thousand ops: the same code,
 * which the store runs across several tasks for a large patch (an import of 100,000 features),
 * so that no single task on the page is long. `applyPatch` runs it to the end at once.
 */
export function* applyPatchInSteps(
  doc: DocumentState,
  patch: Patch,
): Generator<void, PatchResult, void> {
  if (isEmptyPatch(patch)) return { doc, inverse: emptyPatch() };
  yield* checkPatchInSteps(doc, patch);
  const clock = doc.clock + 1;
  const layers = new Map(doc.layers);
  const inverse: Patch = { put: [], delete: [], layers: [] };
  const created = new Map<string, UserLayerDef>();
  const updated = new Map<string, UserLayerDef>();
  const removed = new Set<string>();
  for (const op of patch.layers ?? []) {
    if (op.op === 'create') created.set(op.def.id, op.def);
    else if (op.op === 'update') updated.set(op.def.id, op.def);
    else removed.add(op.id);
  }
  const puts = yield* byLayer(patch.put);
  const deletes = yield* byLayer(patch.delete);
  for (const id of layersTouched(patch)) {
    const before = doc.layers.get(id);
    if (removed.has(id)) {
      layers.delete(id);
      inverse.layers!.push({ op: 'create', def: before!.userDef! });
      appendAll(inverse.put, putsRestoring(id, before!));
      continue;
    }
    const def = created.get(id) ?? updated.get(id);
    // A created layer's undo is its removal: the inverse of each of its puts is not needed.
    const after = yield* changeLayer(
      before,
      puts.get(id) ?? [],
      deletes.get(id) ?? [],
      clock,
      def,
      !created.has(id),
    );
    layers.set(id, after.layer);
    if (created.has(id)) {
      inverse.layers!.push({ op: 'remove', id });
      continue;
    }
    if (updated.has(id)) inverse.layers!.push({ op: 'update', def: before!.userDef! });
    appendAll(inverse.put, after.inverse.put);
    appendAll(inverse.delete, after.inverse.delete);
  }
  if (inverse.layers!.length === 0) delete inverse.layers;
  const next: DocumentState = { layers, clock };
  inverse.base = versionsOf(next, inverse);
  return { doc: next, inverse };
}

/** A patch's ops grouped by layer, in one pass that pauses every {@link OPS_PER_STEP} ops. */
function* byLayer<Op extends { layer: string }>(
  ops: readonly Op[],
): Generator<void, Map<string, Op[]>, void> {
  const groups = new Map<string, Op[]>();
  let count = 0;
  for (const op of ops) {
    if (++count % OPS_PER_STEP === 0) yield;
    const group = groups.get(op.layer);
    if (group) group.push(op);
    else groups.set(op.layer, [op]);
  }
  return groups;
}

/** Appends one by one: `push(...items)` overflows the call stack past ~100,000 items. */
function appendAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** Puts that rebuild a whole layer, in order (the inverse of removing it). */
function putsRestoring(id: string, layer: LayerState): PutOp[] {
  return layer.order.map((key, index) => ({
    layer: id,
    key,
    feature: layer.features.get(key)!,
    index,
  }));
}

/** One layer's deletes and puts, and the ops that undo them (unless `withInverse` is false). */
function* changeLayer(
  before: LayerState | undefined,
  puts: readonly PutOp[],
  deletes: readonly DeleteOp[],
  version: number,
  userDef: UserLayerDef | undefined,
  withInverse: boolean,
): Generator<void, { layer: LayerState; inverse: Patch }, void> {
  const oldOrder = before?.order ?? [];
  const features = new Map(before?.features);
  const positionOf = positionLookup(oldOrder, deletes.length + puts.length);
  const inverse: Patch = { put: [], delete: [] };
  const leaving = new Set<string>();
  let ops = 0;
  for (const op of deletes) {
    if (++ops % OPS_PER_STEP === 0) yield;
    const old = features.get(op.key);
    if (!old) continue;
    features.delete(op.key);
    leaving.add(op.key);
    inverse.put.push({ ...op, feature: old, index: positionOf(op.key) });
  }
  const added: string[] = [];
  for (const op of puts) {
    if (++ops % OPS_PER_STEP === 0) yield;
    const old = features.get(op.key);
    features.set(op.key, op.feature);
    if (!old) {
      if (withInverse) inverse.delete.push({ layer: op.layer, key: op.key });
      if (op.index === undefined) added.push(op.key);
      continue;
    }
    // A feature replaced in place goes back in place; one the patch moved goes back by index.
    const back: PutOp = { layer: op.layer, key: op.key, feature: old };
    if (op.index !== undefined) back.index = positionOf(op.key);
    inverse.put.push(back);
  }
  const order = reorder(oldOrder, puts, leaving, added);
  const def = userDef ?? before?.userDef;
  const layer: LayerState = def
    ? { version, order, features, userDef: def }
    : { version, order, features };
  return { layer, inverse };
}

/**
 * The new key order: deleted keys and indexed puts leave, new unindexed puts go last, then
 * indexed puts go in at their index, lowest first. Replacements alone keep the same array.
 */
function reorder(
  order: readonly string[],
  puts: readonly PutOp[],
  leaving: ReadonlySet<string>,
  added: readonly string[],
): readonly string[] {
  const indexed = puts.filter((op) => op.index !== undefined);
  if (leaving.size === 0 && indexed.length === 0) {
    if (added.length === 0) return order;
    return order.length === 0 ? added : [...order, ...added];
  }
  const moving = new Set(indexed.map((op) => op.key));
  const next = order.filter((key) => !leaving.has(key) && !moving.has(key));
  next.push(...added);
  const byIndex = [...indexed].sort((a, b) => a.index! - b.index!);
  for (const op of byIndex) {
    const at = Math.max(0, Math.min(next.length, Math.trunc(op.index!)));
    next.splice(at, 0, op.key);
  }
  return next;
}

/** Ops above which a key-to-index map pays for itself over `indexOf`. */
const MAP_AFTER_OPS = 8;

/** A key's position in `order`: a scan for a few ops, a map built once for many. */
function positionLookup(order: readonly string[], ops: number): (key: string) => number {
  if (ops <= MAP_AFTER_OPS) return (key) => order.indexOf(key);
  let map: Map<string, number> | undefined;
  return (key) => {
    map ??= new Map(order.map((k, index) => [k, index]));
    return map.get(key)!;
  };
}
