import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Logs the map's errors as MapLibre would, except those after the page began to unload: a
 * page being left (an embed preview re-navigated, a tab closed) aborts its own tile fetches,
 * and those aborts are not faults. Real errors before `pagehide` still reach the console.
 */
export function logErrorsUntilUnload(map: MapLibreMap, win: Window = window): void {
  let unloading = false;
  win.addEventListener('pagehide', () => {
    unloading = true;
  });
  map.on('error', (event) => {
    if (unloading) return;
    console.error(event.error);
  });
}
