import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkspaceDb } from '../../editor/workspace/workspaceDb.ts';
import { usePersistentState } from '../hooks/usePersistentState.ts';

type Storage = typeof import('../../editor/workspace/workspaceDb.ts');

/**
 * A value kept with the workspace in IndexedDB (the saved checks), not in localStorage: it
 * lives and goes with the planner's edits. A value an older version kept in localStorage is
 * taken over on first use and left there (nothing is deleted). Without IndexedDB it stays in
 * localStorage as before.
 */
export function useWorkspaceValue<T>(
  name: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const [legacy, setLegacy] = usePersistentState<T>(name, fallback, accept);
  const [value, setValue] = useState<T>(legacy);
  const storage = useRef<{ module: Storage; db: WorkspaceDb } | null | undefined>(undefined);
  const latest = useRef(value);
  latest.current = value;

  // biome-ignore lint/correctness/useExhaustiveDependencies: read once, when the panel opens.
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const module = await import('../../editor/workspace/workspaceDb.ts');
        const db = await module.openWorkspaceDb();
        const stored = await module.readValue(db, name);
        if (!live) return db.close();
        storage.current = { module, db };
        if (accept(stored)) setValue(stored);
        else await module.writeValue(db, name, latest.current);
      } catch {
        storage.current = null;
      }
    })();
    return () => {
      live = false;
      storage.current?.db.close();
    };
  }, [name]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      const kept = storage.current;
      if (kept) void kept.module.writeValue(kept.db, name, next).catch(() => setLegacy(next));
      else setLegacy(next);
    },
    [name, setLegacy],
  );
  return [value, update];
}
