import type { Patch } from './patch.ts';
import { PatchError } from './patchError.ts';
import type { DocumentState } from './state.ts';

/**
 * Ops checked between two pauses of {@link checkPatchInSteps}: a millisecond or two of work, so
 * a slice of the store's `applyInSlices` ends near its budget even on a busy machine (4,096 ops
 * took up to 60 ms there).
 */
export const OPS_PER_STEP = 1024;

/**
 * Refuses a patch that cannot apply cleanly, before anything changes: layers that are missing or
 * already there, a key put twice or both put and deleted, a feature whose id is not its key.
 */
export function checkPatch(doc: DocumentState, patch: Patch): void {
  const steps = checkPatchInSteps(doc, patch);
  while (!steps.next().done) {}
}

/**
 * {@link checkPatch} as a generator that pauses every {@link OPS_PER_STEP} ops, so the check of
 * a large patch (an import) can be spread over several tasks.
 */
export function* checkPatchInSteps(doc: DocumentState, patch: Patch): Generator<void, void> {
  const created = new Set<string>();
  const removed = new Set<string>();
  for (const op of patch.layers ?? []) {
    if (op.op === 'create') {
      if (doc.layers.has(op.def.id) || created.has(op.def.id)) {
        throw new PatchError(`Cannot create layer "${op.def.id}": it already exists`);
      }
      created.add(op.def.id);
      continue;
    }
    if (op.op === 'update') {
      if (!doc.layers.get(op.def.id)?.userDef)
        throw new PatchError(`Cannot change layer "${op.def.id}": not a planner's layer`);
      continue;
    }
    const layer = doc.layers.get(op.id);
    if (!layer) throw new PatchError(`Cannot remove layer "${op.id}": it is not in the document`);
    if (!layer.userDef)
      throw new PatchError(`Cannot remove layer "${op.id}": not a planner's layer`);
    if (removed.has(op.id)) throw new PatchError(`Layer "${op.id}" is removed twice`);
    removed.add(op.id);
  }
  for (const id of created) {
    if (removed.has(id)) throw new PatchError(`Layer "${id}" is both created and removed`);
  }
  const exists = (id: string) => doc.layers.has(id) || created.has(id);
  let ops = 0;
  // Keys by layer, not `layer + key` strings: a patch of 250,000 puts built and hashed as many.
  const deleted = new KeysByLayer();
  for (const op of patch.delete) {
    if (++ops % OPS_PER_STEP === 0) yield;
    if (!exists(op.layer))
      throw new PatchError(`Cannot delete "${op.key}": no layer "${op.layer}"`);
    deleted.add(op.layer, op.key);
  }
  const put = new KeysByLayer();
  for (const op of patch.put) {
    if (++ops % OPS_PER_STEP === 0) yield;
    // Worded only when refused: a patch of 100,000 puts would build 100,000 strings for nothing.
    const where = () => `feature "${op.key}" in layer "${op.layer}"`;
    if (!exists(op.layer)) throw new PatchError(`Cannot put ${where()}: no such layer`);
    if (op.feature?.type !== 'Feature')
      throw new PatchError(`Cannot put ${where()}: not a Feature`);
    const id = op.feature.id;
    if (id !== undefined && String(id) !== op.key && !op.key.startsWith('#')) {
      throw new PatchError(`Cannot put ${where()}: its id is "${id}"`);
    }
    if (put.has(op.layer, op.key)) throw new PatchError(`The patch puts ${where()} twice`);
    if (deleted.has(op.layer, op.key))
      throw new PatchError(`The patch both puts and deletes ${where()}`);
    put.add(op.layer, op.key);
  }
}

/** A set of feature keys per layer. */
class KeysByLayer {
  private readonly keys = new Map<string, Set<string>>();

  add(layer: string, key: string): void {
    const keys = this.keys.get(layer);
    if (keys) keys.add(key);
    else this.keys.set(layer, new Set([key]));
  }

  has(layer: string, key: string): boolean {
    return this.keys.get(layer)?.has(key) ?? false;
  }
}
