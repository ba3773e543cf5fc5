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
export async function writeWorkspace(db: WorkspaceDb, value: unknown): Promise<void> {
  await db.put('workspace', value, KEY);
}

/** A named workspace value other than the session (e.g. `checks`), or undefined. */
export function readValue(db: WorkspaceDb, name: string): Promise<unknown> {
  return db.get('workspace', `value:${name}`);
}

/** Stores a named workspace value. */
export async function writeValue(db: WorkspaceDb, name: string, value: unknown): Promise<void> {
  await db.put('workspace', value, `value:${name}`);
}
