import { useEffect, useState } from 'react';
import type { DocumentStore } from '../../core/document/index.ts';
import type { WorkspaceStatus } from '../../editor/workspace/connectWorkspace.ts';

/**
 * Connects the document to the browser's workspace (IndexedDB) once the bundled data is in:
 * stored changes come back, new ones are saved as they happen. The storage code loads then, not
 * before the first render.
 */
export function useWorkspace(store: DocumentStore | null, baseComplete: boolean): WorkspaceStatus {
  const [status, setStatus] = useState<WorkspaceStatus>({ kind: 'connecting' });
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
  }, [store, baseComplete]);
  return status;
}
