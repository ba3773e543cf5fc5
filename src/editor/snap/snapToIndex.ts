import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SnapToCustom } from 'terra-draw';
import type { LngLat, ScreenProjection, SnapIndex } from './snapIndex.ts';

/** Pixels on screen within which a vertex or an edge attracts the pointer. */
export const SNAP_TOLERANCE_PX = 10;

/** The map's projection in the shape the snap index wants. */
export function mapProjection(map: MapLibreMap): ScreenProjection {
  return {
    project: ([lng, lat]) => map.project([lng, lat]),
    unproject: ({ x, y }) => {
      const { lng, lat } = map.unproject([x, y]);
      return [lng, lat];
    },
  };
}

/**
 * terra-draw's custom snapping over our index: the nearest vertex, else edge, of the visible
 * layers within the tolerance. Off when the toggle is off, and while Alt is held.
 */
export function snapToIndex(
  map: MapLibreMap,
  index: () => SnapIndex | undefined,
  enabled: () => boolean,
): SnapToCustom {
  const projection = mapProjection(map);
  return (event) => {
    if (!enabled() || event.heldKeys.includes('Alt')) return undefined;
    const at: LngLat = [event.lng, event.lat];
    return index()?.snap(at, SNAP_TOLERANCE_PX, projection)?.position;
  };
}
