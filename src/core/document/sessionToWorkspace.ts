import type { Patch } from './patch.ts';
import { patchBetween } from './patchBetween.ts';
import {
  isSessionMeta,
  type RecordKey,
  type SessionMeta,
  type StoredLayerRef,
} from './sessionFormat.ts';
import type { DocumentState, LayerState } from './state.ts';
import { isStoredWorkspace, type StoredStep, type StoredWorkspace } from './workspace.ts';

/**
 * What the store restores from a stored session: a version-1 workspace as it is, a version-2
 * meta assembled from its `records`; undefined when nothing is stored. Throws an Error saying
 * why when the value is neither or a record is missing.
 */
export function workspaceFromStorage(
  base: DocumentState,
  current: unknown,
  records: ReadonlyMap<RecordKey, unknown>,
): StoredWorkspace | undefined {
  if (current === undefined) return undefined;
  if (isStoredWorkspace(current)) return current;
  if (isSessionMeta(current)) return sessionToWorkspace(base, current, records);
  throw new Error('not a Giáp Ranh workspace of this version');
}

/**
 * A stored version-2 session (its meta and the records it names) as the version-1 workspace the
 * store restores: the edits are the patch from `base` (the bundled data, loaded) to the stored
 * layers. Throws an Error naming the missing or malformed record when the session is not whole.
 */
export function sessionToWorkspace(
  base: DocumentState,
  meta: SessionMeta,
  records: ReadonlyMap<RecordKey, unknown>,
): StoredWorkspace {
  const layers = new Map(base.layers);
  for (const ref of meta.layers) {
    if (ref.removed) layers.delete(ref.id);
    else layers.set(ref.id, storedLayer(ref, base.layers.get(ref.id), records));
  }
  const step = (ref: { forward: RecordKey[]; inverse: RecordKey[] }): StoredStep => ({
    forward: joinParts(ref.forward, records),
    inverse: joinParts(ref.inverse, records),
  });
  return {
    format: 'giapranh-workspace',
    version: 1,
    edits: patchBetween(base, { layers, clock: base.clock }),
    undo: meta.undo.map(step),
    redo: meta.redo.map(step),
  };
}

function record(records: ReadonlyMap<RecordKey, unknown>, key: RecordKey, what: string): unknown {
  const value = records.get(key);
  if (value === undefined) throw new Error(`the stored ${what} (${key}) is missing`);
  return value;
}

function storedLayer(
  ref: StoredLayerRef,
  bundled: LayerState | undefined,
  records: ReadonlyMap<RecordKey, unknown>,
): LayerState {
  const order = ref.order
    ? record(records, ref.order, `order of layer ${ref.id}`)
    : (bundled?.order ?? []);
  if (!Array.isArray(order)) throw new Error(`the stored order of layer ${ref.id} is not a list`);
  const changed = new Map<string, GeoJSON.Feature>();
  for (const key of Object.values(ref.buckets)) {
    const entries = record(records, key, `features of layer ${ref.id}`);
    if (!Array.isArray(entries)) throw new Error(`the stored features ${key} are not a list`);
    for (const [featureKey, feature] of entries as [string, GeoJSON.Feature][]) {
      changed.set(featureKey, feature);
    }
  }
  const features = new Map<string, GeoJSON.Feature>();
  for (const key of order as string[]) {
    const feature = changed.get(key) ?? bundled?.features.get(key);
    if (!feature) throw new Error(`feature ${key} of layer ${ref.id} is missing from storage`);
    features.set(key, feature);
  }
  const userDef = ref.userDef ?? bundled?.userDef;
  const version = bundled?.version ?? 0;
  return userDef ? { version, order, features, userDef } : { version, order, features };
}

function joinParts(keys: readonly RecordKey[], records: ReadonlyMap<RecordKey, unknown>): Patch {
  const patch: Patch = { put: [], delete: [] };
  for (const key of keys) {
    const part = record(records, key, 'history step') as Partial<Patch>;
    if (!Array.isArray(part.put) || !Array.isArray(part.delete)) {
      throw new Error(`the stored history step ${key} is not a patch`);
    }
    patch.put.push(...part.put);
    patch.delete.push(...part.delete);
    if (part.layers) patch.layers = part.layers;
    if (part.base) patch.base = part.base;
  }
  return patch;
}
