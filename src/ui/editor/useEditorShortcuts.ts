import { useEffect, useRef } from 'react';

export interface EditorShortcutActions {
  undo: () => void;
  redo: () => void;
  deleteSelected: () => void;
  /** True when Esc was spent here (no one else should act on it). */
  cancel: () => boolean;
}

/** Whether a key press belongs to a text field (its own undo, Delete and Esc). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+Z undo; Ctrl+Shift+Z and Ctrl+Y redo; Delete deletes the selected feature; Esc cancels. */
export function useEditorShortcuts(actions: EditorShortcutActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (inTextField(event.target)) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (ctrl && key === 'z')
        return run(event.shiftKey ? latest.current.redo : latest.current.undo);
      if (ctrl && key === 'y') return run(latest.current.redo);
      if (event.key === 'Delete') return run(latest.current.deleteSelected);
      if (event.key === 'Escape' && latest.current.cancel()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
