import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ensurePmtilesProtocol } from './pmtilesProtocol.ts';

/**
 * Starts what the first map waits for before React has rendered anything: MapLibre's worker
 * (a 150 KB script to fetch and compile) and the pmtiles chunk the basemap is read through.
 * Called first thing by a page's entry, the two load beside the layer files instead of queuing
 * behind them (six connections per origin) once the map is created.
 */
export function warmUpMap(): void {
  // The same URL MapController sets; set here too, since prewarm() may run before that module.
  setWorkerUrl(workerUrl);
  void ensurePmtilesProtocol();
  prewarm();
}
