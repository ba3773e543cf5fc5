import { useCallback, useState } from 'react';

/** The rows to render for a scroll position: a window over the list, plus a margin. */
export interface RowWindow {
  /** Index of the first rendered row. */
  start: number;
  /** Index after the last rendered row. */
  end: number;
  /** Height of the unrendered rows above and below, to keep the scroll bar true. */
  topPx: number;
  bottomPx: number;
}

/** Rows rendered beyond the viewport on each side, so a fast scroll shows no gap. */
const OVERSCAN_ROWS = 8;

/** The window of rows a viewport of `viewportPx` shows at `scrollTopPx`. */
export function rowWindow(
  rowCount: number,
  rowHeightPx: number,
  viewportPx: number,
  scrollTopPx: number,
): RowWindow {
  const first = Math.floor(scrollTopPx / rowHeightPx);
  const start = Math.max(0, Math.min(rowCount, first - OVERSCAN_ROWS));
  const end = Math.min(rowCount, first + Math.ceil(viewportPx / rowHeightPx) + OVERSCAN_ROWS);
  return {
    start,
    end,
    topPx: start * rowHeightPx,
    bottomPx: Math.max(0, rowCount - end) * rowHeightPx,
  };
}

/**
 * Hand-written windowing for fixed-height rows: only the rows in view (and a margin) are in
 * the DOM, so 10,000 features render and scroll like 40.
 */
export function useVirtualRows(rowCount: number, rowHeightPx: number, viewportPx: number) {
  const [scrollTopPx, setScrollTopPx] = useState(0);
  const onScroll = useCallback((event: React.UIEvent<HTMLElement>) => {
    setScrollTopPx(event.currentTarget.scrollTop);
  }, []);
  return { window: rowWindow(rowCount, rowHeightPx, viewportPx, scrollTopPx), onScroll };
}
