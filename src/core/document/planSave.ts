import type { HistoryStep } from './history.ts';
import type { Patch } from './patch.ts';
import {
  bucketOf,
  type RecordKey,
  recordsOf,
  type SessionMeta,
  type StoredLayerRef,
  type StoredStepRef,
} from './sessionFormat.ts';
import type { DocumentState, LayerState } from './state.ts';

/** At most this many operations in one stored part of a patch. */
const PART_OPS = 500;
/** At most about this many positions in one stored part of a patch. */
const PART_POSITIONS = 40_000;
/** A layer's changed features are spread so a bucket holds about this many. */
const FEATURES_PER_BUCKET = 400;
const MIN_BUCKETS = 16;

/** What a save reads from the store. */
export interface SessionSource {
  base: DocumentState;
  doc: DocumentState;
  /** The undo steps, oldest first (the store's own objects: identity says "already stored"). */
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
}

type Entry = [string, GeoJSON.Feature];

interface CachedLayer {
  doc: LayerState | undefined;
  base: LayerState | undefined;
  ref: StoredLayerRef;
  /** What each stored bucket holds, compared by identity to skip unchanged buckets. */
  contents: ReadonlyMap<number, readonly Entry[]>;
  order: readonly string[] | undefined;
}

/** What the stored session holds, as the saver last committed it. */
export interface SaveCache {
  layers: ReadonlyMap<string, CachedLayer>;
  steps: ReadonlyMap<HistoryStep, StoredStepRef>;
  referenced: ReadonlySet<RecordKey>;
}

/** One record to write; `weight` is about its number of positions (a write's cost). */
export interface RecordWrite {
  key: RecordKey;
  value: unknown;
  weight: number;
}

/**
 * A save: the records to write first, then the meta naming them, with the records the meta no
 * longer names deleted in the same transaction. `next` is the cache once the meta is stored.
 */
export interface SavePlan {
  writes: RecordWrite[];
  meta: SessionMeta;
  deletes: RecordKey[];
  next: SaveCache;
}

/** The cache of a session nothing of which is stored yet (a fresh start or a version-1 copy). */
export function emptySaveCache(): SaveCache {
  return { layers: new Map(), steps: new Map(), referenced: new Set() };
}

/** How many features or operations a plan handles between two pauses. */
const ITEMS_PER_PAUSE = 2000;

/**
 * Plans an incremental save: only the layers, buckets and history steps that changed since
 * `cache` get new records (`newKey` names them); everything else is named again as it is.
 */
export function planSave(
  source: SessionSource,
  cache: SaveCache,
  newKey: () => RecordKey,
): SavePlan {
  const steps = planSaveInSteps(source, cache, newKey);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `planSave` that pauses (yields) every few thousand features, so a caller can give the page a
 * turn between the pieces of a large plan. `source` must not change until it returns.
 */
export function* planSaveInSteps(
  source: SessionSource,
  cache: SaveCache,
  newKey: () => RecordKey,
): Generator<void, SavePlan> {
  const writes: RecordWrite[] = [];
  const write = (value: unknown, weight: number) => {
    const key = newKey();
    writes.push({ key, value, weight });
    return key;
  };
  const layers = new Map<string, CachedLayer>();
  const { base, doc } = source;
  for (const id of new Set([...base.layers.keys(), ...doc.layers.keys()])) {
    const before = base.layers.get(id);
    const after = doc.layers.get(id);
    if (before === after) continue;
    const cached = cache.layers.get(id);
    const same = cached && cached.doc === after && cached.base === before;
    layers.set(id, same ? cached : yield* planLayer(id, before, after, cached, write));
  }
  const steps = new Map<HistoryStep, StoredStepRef>();
  const stepRefs = function* (list: readonly HistoryStep[]) {
    const refs: StoredStepRef[] = [];
    for (const step of list) {
      const ref = cache.steps.get(step) ?? steps.get(step) ?? (yield* planStep(step, write));
      steps.set(step, ref);
      refs.push(ref);
    }
    return refs;
  };
  const meta: SessionMeta = {
    format: 'giapranh-workspace',
    version: 2,
    layers: [...layers.values()].map((layer) => layer.ref),
    undo: yield* stepRefs(source.undo),
    redo: yield* stepRefs(source.redo),
  };
  const referenced = recordsOf(meta);
  const deletes = [...cache.referenced].filter((key) => !referenced.has(key));
  return { writes, meta, deletes, next: { layers, steps, referenced } };
}

function* planLayer(
  id: string,
  before: LayerState | undefined,
  after: LayerState | undefined,
  cached: CachedLayer | undefined,
  write: (value: unknown, weight: number) => RecordKey,
): Generator<void, CachedLayer> {
  if (!after) {
    const ref: StoredLayerRef = { id, removed: true, bucketCount: 0, buckets: {} };
    return { doc: after, base: before, ref, contents: new Map(), order: undefined };
  }
  // Two plain passes (count, then group) allocate little: a save of a big layer makes no garbage
  // worth a collection pause.
  const order = after.order;
  const differs = (key: string) => after.features.get(key) !== before?.features.get(key);
  let changedCount = 0;
  for (let index = 0; index < order.length; index++) {
    if (differs(order[index]!)) changedCount++;
    if (index % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
  }
  const bucketCount = bucketsFor(changedCount, cached?.ref.bucketCount);
  const grouped = new Map<number, Entry[]>();
  for (let index = 0; index < order.length; index++) {
    if (index % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
    const key = order[index]!;
    if (!differs(key)) continue;
    const entry: Entry = [key, after.features.get(key)!];
    const bucket = bucketOf(key, bucketCount);
    const list = grouped.get(bucket);
    if (list) list.push(entry);
    else grouped.set(bucket, [entry]);
  }
  const sameCount = cached?.ref.bucketCount === bucketCount;
  const buckets: Record<string, RecordKey> = {};
  for (const [bucket, entries] of grouped) {
    const old = sameCount ? cached.contents.get(bucket) : undefined;
    const oldKey = sameCount ? cached.ref.buckets[bucket] : undefined;
    if (old && oldKey && sameEntries(old, entries)) {
      buckets[bucket] = oldKey;
      continue;
    }
    buckets[bucket] = write(
      entries,
      entries.reduce((sum, [, f]) => sum + positionsIn(f), 1),
    );
    yield;
  }
  const ref: StoredLayerRef = { id, bucketCount, buckets };
  if (after.userDef && after.userDef !== before?.userDef) ref.userDef = after.userDef;
  if (after.order !== before?.order) {
    ref.order =
      cached?.order === after.order && cached.ref.order
        ? cached.ref.order
        : write(after.order, after.order.length / 50);
  }
  return { doc: after, base: before, ref, contents: grouped, order: after.order };
}

/** A power of two near `changed / FEATURES_PER_BUCKET`; the old count while it still fits. */
function bucketsFor(changed: number, old: number | undefined): number {
  let wanted = MIN_BUCKETS;
  while (wanted * FEATURES_PER_BUCKET < changed) wanted *= 2;
  return old && old >= wanted && old <= wanted * 4 ? old : wanted;
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
  return a.length === b.length && a.every(([k, f], i) => k === b[i]![0] && f === b[i]![1]);
}

function* planStep(
  step: HistoryStep,
  write: (value: unknown, weight: number) => RecordKey,
): Generator<void, StoredStepRef> {
  const parts = function* (patch: Patch) {
    const keys: RecordKey[] = [];
    for (const part of patchParts(patch)) {
      keys.push(write(part.patch, part.weight));
      yield;
    }
    return keys;
  };
  return { forward: yield* parts(step.forward), inverse: yield* parts(step.inverse) };
}

/**
 * A patch cut into parts of bounded size, one at a time (puts and deletes each keep their order;
 * the layer ops and base ride on the first part). Joining the parts' lists gives the patch back.
 */
export function* patchParts(patch: Patch): Generator<{ patch: Patch; weight: number }> {
  let current: Patch = { put: [], delete: [] };
  if (patch.layers) current.layers = patch.layers;
  if (patch.base) current.base = patch.base;
  let weight = 0;
  const full = () => current.put.length + current.delete.length >= PART_OPS;
  for (const op of patch.delete) {
    if (full()) {
      yield { patch: current, weight };
      current = { put: [], delete: [] };
      weight = 0;
    }
    current.delete.push(op);
    weight += 1;
  }
  for (const op of patch.put) {
    const positions = positionsIn(op.feature);
    if (full() || (weight > 0 && weight + positions > PART_POSITIONS)) {
      yield { patch: current, weight };
      current = { put: [], delete: [] };
      weight = 0;
    }
    current.put.push(op);
    weight += positions + 1;
  }
  yield { patch: current, weight };
}

/** How many positions a feature's geometry holds (what its stored size mostly is). */
export function positionsIn(feature: GeoJSON.Feature): number {
  return countPositions(feature.geometry);
}

function countPositions(geometry: GeoJSON.Geometry | null): number {
  if (!geometry) return 0;
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.reduce((sum, part) => sum + countPositions(part), 0);
  }
  return countNested(geometry.coordinates);
}

function countNested(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  if (typeof value[0] === 'number') return 1;
  // A list of positions: its length, without visiting each one.
  if (Array.isArray(value[0]) && typeof value[0][0] === 'number') return value.length;
  let sum = 0;
  for (const item of value) sum += countNested(item);
  return sum;
}
