import type { Patch } from './patch.ts';
import type { DocumentState } from './state.ts';

/** One undoable step: the patch that made it and the patch that takes it back. */
export interface HistoryStep {
  kind: 'step';
  forward: Patch;
  inverse: Patch;
}

/**
 * A point an interaction can return to (`bailToMark`) or collapse to (`squashToMark`). It holds
 * the document as it was when marked, which is what a squash diffs against.
 */
export interface HistoryMark {
  kind: 'mark';
  id: string;
  doc: DocumentState;
}

export type HistoryEntry = HistoryStep | HistoryMark;

/** Index of the newest mark with this id, or -1. */
export function findMark(entries: readonly HistoryEntry[], id: string): number {
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.kind === 'mark' && entry.id === id) return index;
  }
  return -1;
}
