import type { Map as MapLibreMap } from 'maplibre-gl';
import { overlayLayerIds } from './overlayStyle.ts';

/**
 * The DOM event the map's container sends when a click lands on a check's result drawn on the
 * map (a closest-point line, a shared part, a corridor): the results table chooses that row.
 */
export const RESULT_CLICK_EVENT = 'giapranh:result-click';

/** What a {@link RESULT_CLICK_EVENT} carries: the key of the results row clicked on the map. */
export interface ResultClickDetail {
  rowKey: string;
}

/**
 * The key of the results row drawn top-most at a point, or null: what lies exactly under it
 * first, then what lies within `tolerancePx` (a thin closest-point line).
 */
export function resultRowKeyAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  tolerancePx: number,
): string | null {
  const layers = overlayLayerIds('analysis').filter((id) => map.getLayer(id));
  if (layers.length === 0) return null;
  const box: [[number, number], [number, number]] = [
    [point.x - tolerancePx, point.y - tolerancePx],
    [point.x + tolerancePx, point.y + tolerancePx],
  ];
  const hits = [
    ...map.queryRenderedFeatures([point.x, point.y], { layers }),
    ...map.queryRenderedFeatures(box, { layers }),
  ];
  for (const hit of hits) {
    const rowKey = hit.properties?.rowKey;
    if (typeof rowKey === 'string') return rowKey;
  }
  return null;
}

/** Listens for results rows clicked on the map, anywhere in the page; returns the unsubscribe. */
export function onResultClick(listener: (rowKey: string) => void): () => void {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<ResultClickDetail>).detail;
    if (typeof detail?.rowKey === 'string') listener(detail.rowKey);
  };
  document.addEventListener(RESULT_CLICK_EVENT, handle);
  return () => document.removeEventListener(RESULT_CLICK_EVENT, handle);
}
