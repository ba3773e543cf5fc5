import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Patch } from '../../core/document/index.ts';

/** The database name: one workspace per origin. */
export const WORKSPACE_DB = 'giapranh-workspace';

interface WorkspaceSchema extends DBSchema {
  /** The document's patch log, in order; the key is the sequence number. */
  patches: { key: number; value: Patch };
}

export type WorkspaceDb = IDBPDatabase<WorkspaceSchema>;

/** Opens (and on first use creates) the workspace database. */
export function openWorkspaceDb(): Promise<WorkspaceDb> {
  return openDB<WorkspaceSchema>(WORKSPACE_DB, 1, {
    upgrade(db) {
      db.createObjectStore('patches', { autoIncrement: true });
    },
  });
}

/** Every stored patch with its sequence number, oldest first. */
export async function readPatches(db: WorkspaceDb): Promise<{ seq: number; patch: Patch }[]> {
  const tx = db.transaction('patches');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  await tx.done;
  return keys.map((seq, i) => ({ seq, patch: values[i]! }));
}

/** Appends patches in one transaction (all or none) and returns their sequence numbers. */
export async function appendPatches(db: WorkspaceDb, patches: readonly Patch[]): Promise<number[]> {
  const tx = db.transaction('patches', 'readwrite');
  const keys = await Promise.all(patches.map((patch) => tx.store.add(patch)));
  await tx.done;
  return keys;
}
