import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Resolves at the map's next `event`, or rejects when `signal` aborts. The map may outlive the
 * caller (the kept figure map does a cancelled figure): once aborted, it no longer calls back.
 */
function nextEvent(
  map: MapLibreMap,
  event: 'idle' | 'render',
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const happened = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      map.off(event, happened);
      reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    map.once(event, happened);
  });
}

/**
 * Resolves when the map has loaded and drawn everything, or rejects when `signal` aborts. A map
 * already idle fires no more `idle` until something changes: a frame is asked for, after which
 * it fires one.
 */
export function mapIdle(map: MapLibreMap, signal?: AbortSignal): Promise<void> {
  const idle = nextEvent(map, 'idle', signal);
  map.triggerRepaint();
  return idle;
}

/** Draws one frame of the map and resolves once it is drawn (or rejects when `signal` aborts). */
export function nextMapFrame(map: MapLibreMap, signal?: AbortSignal): Promise<void> {
  const drawn = nextEvent(map, 'render', signal);
  map.triggerRepaint();
  return drawn;
}
