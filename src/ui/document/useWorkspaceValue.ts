import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkspaceDb } from '../../editor/workspace/workspaceDb.ts';
import { usePersistentState } from '../hooks/usePersistentState.ts';

type Storage = typeof import('../../editor/workspace/workspaceDb.ts');

/** Whether localStorage holds a value under the name (usePersistentState's key). */
function inLocalStorage(name: string): boolean {
  try {
    return window.localStorage.getItem(`giapranh:${name}`) !== null;
  } catch {
    return false;
  }
}

/**
 * A value kept with the workspace in IndexedDB (the saved checks), so it stays when the
 * browser's preferences are cleared and goes with the planner's edits. localStorage keeps a
 * synchronous copy: it is written first on every change, so a reload straight after a change
 * (before IndexedDB commits) loses nothing, and it wins when present. Without IndexedDB the
 * value lives in localStorage alone, as before. Nothing is deleted from either.
 */
export function useWorkspaceValue<T>(
  name: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const [mirror, setMirror] = usePersistentState<T>(name, fallback, accept);
  const [value, setValue] = useState<T>(mirror);
  const storage = useRef<{ module: Storage; db: WorkspaceDb } | null>(null);
  const latest = useRef(value);
  latest.current = value;

  // biome-ignore lint/correctness/useExhaustiveDependencies: read once, when the panel opens.
  useEffect(() => {
    let live = true;
    const mirrored = inLocalStorage(name);
    (async () => {
      const module = await import('../../editor/workspace/workspaceDb.ts');
      const db = await module.openWorkspaceDb();
      if (!live) return db.close();
      storage.current = { module, db };
      const stored = await module.readValue(db, name);
      if (!mirrored && accept(stored)) setValue(stored);
      else await module.writeValue(db, name, latest.current);
    })().catch(() => {
      storage.current = null;
    });
    return () => {
      live = false;
      storage.current?.db.close();
    };
  }, [name]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      setMirror(next);
      const kept = storage.current;
      if (kept) void kept.module.writeValue(kept.db, name, next).catch(() => {});
    },
    [name, setMirror],
  );
  return [value, update];
}
