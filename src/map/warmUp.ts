import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ensurePmtilesProtocol, prefetchPmtilesArchive } from './pmtilesProtocol.ts';

/**
 * Starts what the first map waits for before React has rendered anything: MapLibre's worker
 * (a 150 KB script to fetch and compile), the pmtiles chunk the basemap is read through, and the
 * basemap archive's header (given its URL). Called first thing by a page's entry, these load
 * beside the layer files instead of queuing behind them (six connections per origin) once the
 * map is created.
 */
export function warmUpMap(basemapArchiveUrl?: string): void {
  // The same URL MapController sets; set here too, since prewarm() may run before that module.
  setWorkerUrl(workerUrl);
  if (basemapArchiveUrl) prefetchPmtilesArchive(basemapArchiveUrl);
  else void ensurePmtilesProtocol();
  prewarm();
}
