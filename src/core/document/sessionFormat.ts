import type { UserLayerDef } from '../layers/userLayer.ts';

/** The key of one immutable record of a stored session (`ws:` + a name never reused). */
export type RecordKey = string;

/** Every record key starts with this, so a discard or a sweep finds them by range. */
export const RECORD_PREFIX = 'ws:';

/**
 * One layer that differs from the bundled data, as stored: the key order (when it is not the
 * bundled one) and the features that differ from the bundled ones, spread over buckets by a hash
 * of the feature key, so an edit rewrites one small bucket, not the layer.
 */
export interface StoredLayerRef {
  id: string;
  /** The layer is gone from the document (a planner's layer that was removed). */
  removed?: true;
  /** The planner's layer definition, when it is not the bundled layer's. */
  userDef?: UserLayerDef;
  /** A record holding the key order (`string[]`); absent: the bundled layer's order. */
  order?: RecordKey;
  /** How many buckets the features are hashed into (a power of two). */
  bucketCount: number;
  /** Bucket number → record holding `[key, feature][]`; empty buckets have no record. */
  buckets: Record<string, RecordKey>;
}

/** One history step as stored: each patch split into parts of bounded size, in order. */
export interface StoredStepRef {
  forward: RecordKey[];
  inverse: RecordKey[];
}

/**
 * The stored session, version 2, under the key `current`: it names every record it is made of.
 * Records are written before the meta that names them and never changed afterwards, so a reload
 * between two writes finds the previous meta whole. (Version 1 was one `StoredWorkspace` value.)
 */
export interface SessionMeta {
  format: 'giapranh-workspace';
  version: 2;
  layers: StoredLayerRef[];
  /** Oldest first. */
  undo: StoredStepRef[];
  /** The next redo last. */
  redo: StoredStepRef[];
}

/** Whether a value read back from storage looks like a version-2 session meta. */
export function isSessionMeta(value: unknown): value is SessionMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<SessionMeta>;
  return (
    meta.format === 'giapranh-workspace' &&
    meta.version === 2 &&
    Array.isArray(meta.layers) &&
    Array.isArray(meta.undo) &&
    Array.isArray(meta.redo)
  );
}

/** Every record key a meta names. */
export function recordsOf(meta: SessionMeta): Set<RecordKey> {
  const keys = new Set<RecordKey>();
  for (const layer of meta.layers) {
    if (layer.order) keys.add(layer.order);
    for (const key of Object.values(layer.buckets)) keys.add(key);
  }
  for (const step of [...meta.undo, ...meta.redo]) {
    for (const key of [...step.forward, ...step.inverse]) keys.add(key);
  }
  return keys;
}

/** The bucket (of `count`, a power of two) a feature key falls in: FNV-1a of its UTF-16 units. */
export function bucketOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (count - 1);
}
