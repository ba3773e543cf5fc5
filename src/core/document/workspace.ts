import type { Patch } from './patch.ts';

/** One undoable step as stored: the patch that made it and the patch that takes it back. */
export interface StoredStep {
  forward: Patch;
  inverse: Patch;
}

/**
 * What the browser keeps of a session (e.g. in IndexedDB), small and plain JSON: the edits
 * against the bundled data as one patch, and the undo and redo steps. Marks are not kept: a
 * reload loses at most the interaction in progress.
 */
export interface StoredWorkspace {
  format: 'giapranh-workspace';
  version: 1;
  /** The patch from the bundled data to the document (planners' layers included). */
  edits: Patch;
  /** Oldest first. */
  undo: StoredStep[];
  /** The next redo last. */
  redo: StoredStep[];
}

/** Whether a value read back from storage looks like a workspace this code can restore. */
export function isStoredWorkspace(value: unknown): value is StoredWorkspace {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<StoredWorkspace>;
  return (
    stored.format === 'giapranh-workspace' &&
    stored.version === 1 &&
    typeof stored.edits === 'object' &&
    stored.edits !== null &&
    Array.isArray(stored.edits.put) &&
    Array.isArray(stored.edits.delete) &&
    Array.isArray(stored.undo) &&
    Array.isArray(stored.redo)
  );
}
