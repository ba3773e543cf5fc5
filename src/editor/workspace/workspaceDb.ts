import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** The database name: one workspace per origin. */
export const WORKSPACE_DB = 'giapranh-workspace';
const KEY = 'current';

interface WorkspaceSchema extends DBSchema {
  /**
   * The stored session (`StoredWorkspace`) under `current`, and other workspace values (the
   * saved checks) under their names; read back as unknown until checked.
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

/** The stored session, or undefined when there is none yet. */
export function readWorkspace(db: WorkspaceDb): Promise<unknown> {
  return db.get('workspace', KEY);
}

/** Replaces the stored session in one transaction. */
export function writeWorkspace(db: WorkspaceDb, value: unknown): Promise<void> {
  return putAndCommit(db, KEY, value);
}

/** Deletes the stored session (only when the planner asked: it could not be read). */
export async function deleteWorkspace(db: WorkspaceDb): Promise<void> {
  await db.delete('workspace', KEY);
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
