import { useCallback, useEffect, useState } from 'react';
import type { DocumentStore } from '../../core/document/index.ts';
import type { WorkspaceStatus } from '../../editor/workspace/connectWorkspace.ts';

/**
 * Connects the document to the browser's workspace (IndexedDB) once the bundled data is in:
 * stored changes come back, new ones are saved as they happen. The storage code loads then, not
 * before the first render.
 */
export function useWorkspace(store: DocumentStore | null, baseComplete: boolean) {
  const [status, setStatus] = useState<WorkspaceStatus>({ kind: 'connecting' });
  // Bumped after the planner discards an unreadable workspace: connect again, on a clean slate.
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt reconnects.
  useEffect(() => {
    if (!store || !baseComplete) return;
    let disconnect: (() => void) | undefined;
    let cancelled = false;
    import('../../editor/workspace/connectWorkspace.ts')
      .then(({ connectWorkspace }) => {
        if (!cancelled) disconnect = connectWorkspace(store, setStatus);
      })
      .catch((error: unknown) => setStatus({ kind: 'unavailable', detail: String(error) }));
    return () => {
      cancelled = true;
      disconnect?.();
    };
  }, [store, baseComplete, attempt]);

  /** Deletes the stored workspace that could not be read (the planner confirmed), then reconnects. */
  const discard = useCallback(async () => {
    const { openWorkspaceDb, deleteWorkspace } = await import(
      '../../editor/workspace/workspaceDb.ts'
    );
    const db = await openWorkspaceDb();
    try {
      await deleteWorkspace(db);
    } finally {
      db.close();
    }
    setStatus({ kind: 'connecting' });
    setAttempt((n) => n + 1);
  }, []);
  return { status, discard };
}
