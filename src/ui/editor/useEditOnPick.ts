import { useEffect, useRef } from 'react';
import type { EditMode } from '../../editor/editSession.ts';
import type { FeaturePick } from '../../map/MapController.ts';

/** What `useEditOnPick` reads from the editor and the app. */
export interface EditOnPickOptions {
  /** Whether the Edit tab is the one shown (the panel stays mounted behind other tabs). */
  active: boolean;
  /** The app's selection: what the last click on the map (or a search) picked. */
  pick: FeaturePick | null;
  mode: EditMode;
  /** Whether the edit session is up (terra-draw loaded). */
  ready: boolean;
  readOnly: boolean;
  isEditable: (layerId: string) => boolean;
  beginEdit: (pick: FeaturePick) => void;
}

/**
 * In the Edit tab with no tool up, a feature picked on the map whose layer is editable opens
 * for editing, so its property form shows: in a walk, a click on a security cluster before
 * pressing Select opened the inspector and no form. Only picks made while the tab is shown and
 * idle count, so putting Select down or switching tabs never reopens what was picked before.
 */
export function useEditOnPick(options: EditOnPickOptions): void {
  const { active, pick, mode, ready, readOnly, isEditable, beginEdit } = options;
  // The pick not yet acted on: set when the selection changes, taken by the effect below.
  const waiting = useRef<FeaturePick | null>(null);
  useEffect(() => {
    waiting.current = pick;
  }, [pick]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pick is what it acts on (read from the ref).
  useEffect(() => {
    const next = waiting.current;
    if (!next) return;
    // A pick made on another tab, by the editor itself, or in a read-only tab is not ours.
    if (!active || readOnly || mode !== 'idle') {
      waiting.current = null;
      return;
    }
    // The session is still loading: the pick waits for it.
    if (!ready) return;
    waiting.current = null;
    if (isEditable(next.layerId)) beginEdit(next);
  }, [pick, active, readOnly, mode, ready, isEditable, beginEdit]);
}
