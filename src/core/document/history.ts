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

/**
 * Removes the newest mark with this id and every entry after it from `entries`, and returns the
 * mark; undefined (nothing removed) when there is no such mark.
 */
export function takeMark(entries: HistoryEntry[], id: string): HistoryMark | undefined {
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.kind !== 'mark' || entry.id !== id) continue;
    entries.length = index;
    return entry;
  }
  return undefined;
}
