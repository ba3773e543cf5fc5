import { useEffect, useState } from 'react';

/**
 * False while a component renders for the first time, true from the render right after: what
 * renders only then stays out of the first commit. The sidebar renders its layers tab so (three
 * quarters of the page's elements): the map, whose effect runs at the end of the first commit,
 * starts without waiting for them to be rendered and laid out, and they are on screen a moment
 * later, long before the map's first idle.
 */
export function useAfterFirstCommit(): boolean {
  const [committed, setCommitted] = useState(false);
  useEffect(() => setCommitted(true), []);
  return committed;
}
