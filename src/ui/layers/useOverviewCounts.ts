import { useSyncExternalStore } from 'react';
import { OVERVIEW_EVENT, type OverviewDetail } from '../../map/overviewReport.ts';

let latest: OverviewDetail | undefined;
const listeners = new Set<() => void>();

// One listener for the page: the map reports on its container, and the event bubbles up. The
// last report is kept, so a layer row unfolded later still reads it.
if (typeof document !== 'undefined') {
  document.addEventListener(OVERVIEW_EVENT, (event) => {
    latest = (event as CustomEvent<OverviewDetail>).detail;
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the map's overview of large layers draws at its zoom, as last reported. */
export function useOverviewCounts(): OverviewDetail | undefined {
  return useSyncExternalStore(
    subscribe,
    () => latest,
    () => undefined,
  );
}
