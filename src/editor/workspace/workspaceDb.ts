import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import {
  isSessionMeta,
  RECORD_PREFIX,
  type RecordKey,
  recordsOf,
  type SavePlan,
} from '../../core/document/index.ts';

/** The database name: one workspace per origin. */
export const WORKSPACE_DB = 'giapranh-workspace';
const KEY = 'current';

interface WorkspaceSchema extends DBSchema {
  /**
   * The stored session under `current` (a version-2 `SessionMeta` naming its `ws:` records, or
   * a version-1 `StoredWorkspace`), and other workspace values (the saved checks) under
   * `value:` names; read back as unknown until checked.
   */
  workspace: { key: string; value: unknown };
}

export type WorkspaceDb = IDBPDatabase<WorkspaceSchema>;

/** Opens (and on first use creates) the workspace database. */
export function openWorkspaceDb(): Promise<WorkspaceDb> {
  return openDB<WorkspaceSchema>(WORKSPACE_DB, 1, {
    upgrade(db) {
      db.createObjectStore('workspace');
    },
  });
}

/** Every key of a session record: the `ws:` range. */
const recordRange = () => IDBKeyRange.bound(RECORD_PREFIX, `${RECORD_PREFIX}\uffff`);

/**
 * The stored session as one read: what `current` holds (undefined when nothing is stored yet)
 * and, for a version-2 meta, the records it names.
 */
export async function readSession(
  db: WorkspaceDb,
): Promise<{ current: unknown; records: Map<RecordKey, unknown> }> {
  const transaction = db.transaction('workspace', 'readonly');
  const current = await transaction.store.get(KEY);
  const records = new Map<RecordKey, unknown>();
  if (isSessionMeta(current)) {
    const keys = [...recordsOf(current)];
    const values = await Promise.all(keys.map((key) => transaction.store.get(key)));
    keys.forEach((key, index) => {
      if (values[index] !== undefined) records.set(key, values[index]);
    });
  }
  await transaction.done;
  return { current, records };
}

/** Writes these records in one transaction, committed at once. */
export async function writeRecords(
  db: WorkspaceDb,
  writes: readonly { key: RecordKey; value: unknown }[],
): Promise<void> {
  const transaction = db.transaction('workspace', 'readwrite');
  const puts = writes.map(({ key, value }) => transaction.store.put(value, key));
  transaction.commit();
  await Promise.all([...puts, transaction.done]);
}

/**
 * Stores a plan's meta and deletes the records it no longer names, in one transaction: the
 * session switches from the old records to the new ones at once. With `records`, the plan's
 * records go in the same transaction (a small save, or the last one before the page goes).
 */
export async function writeMeta(db: WorkspaceDb, plan: SavePlan, records = false): Promise<void> {
  const transaction = db.transaction('workspace', 'readwrite');
  const requests: Promise<unknown>[] = [];
  if (records) {
    for (const { key, value } of plan.writes) requests.push(transaction.store.put(value, key));
  }
  requests.push(transaction.store.put(plan.meta, KEY));
  for (const key of plan.deletes) requests.push(transaction.store.delete(key));
  transaction.commit();
  await Promise.all([...requests, transaction.done]);
}

/**
 * Deletes session records no stored meta names (left by a save a closed tab cut short). Only
 * the tab that owns the workspace calls it, after the stored session was read successfully.
 */
export async function sweepRecords(db: WorkspaceDb): Promise<void> {
  const transaction = db.transaction('workspace', 'readwrite');
  const current = await transaction.store.get(KEY);
  const named = isSessionMeta(current) ? recordsOf(current) : new Set<RecordKey>();
  for (const key of await transaction.store.getAllKeys(recordRange())) {
    if (!named.has(key)) await transaction.store.delete(key);
  }
  await transaction.done;
}

/** Deletes the stored session (only when the planner asked: it could not be read). */
export async function deleteWorkspace(db: WorkspaceDb): Promise<void> {
  const transaction = db.transaction('workspace', 'readwrite');
  await Promise.all([
    transaction.store.delete(KEY),
    transaction.store.delete(recordRange()),
    transaction.done,
  ]);
}

/** A named workspace value other than the session (e.g. `checks`), or undefined. */
export function readValue(db: WorkspaceDb, name: string): Promise<unknown> {
  return db.get('workspace', `value:${name}`);
}

/** Stores a named workspace value. */
export function writeValue(db: WorkspaceDb, name: string, value: unknown): Promise<void> {
  return putAndCommit(db, `value:${name}`, value);
}

/**
 * One put, committed at once rather than when the page next goes idle: the commit request
 * leaves with the put, so a reload or a closed tab straight after a change does not abort it
 * (an auto-committing transaction still waits for the put's answer, which a navigation cuts).
 */
async function putAndCommit(db: WorkspaceDb, key: string, value: unknown): Promise<void> {
  const transaction = db.transaction('workspace', 'readwrite');
  const put = transaction.store.put(value, key);
  transaction.commit();
  await Promise.all([put, transaction.done]);
}
