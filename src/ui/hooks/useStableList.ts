import { useRef } from 'react';

/**
 * The same array as last time while its items are the same (by identity): memos and effects
 * downstream of a list derived from the document (the planners' layers) then skip the edits
 * that did not touch it.
 */
export function useStableList<T>(list: readonly T[]): readonly T[] {
  const last = useRef(list);
  const previous = last.current;
  if (previous.length !== list.length || previous.some((item, i) => item !== list[i])) {
    last.current = list;
  }
  return last.current;
}
