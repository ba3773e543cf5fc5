import { addProtocol, importScriptInWorkers } from 'maplibre-gl';
import workerScriptUrl from './blobTextProtocol.worker.mjs?url';

/** The scheme a blob URL is handed to MapLibre under (`giapranh-blob://blob:…`). */
const SCHEME = 'giapranh-blob';

let registered = false;

/**
 * Registers the `giapranh-blob://` protocol in MapLibre's workers, which then fetch and parse a
 * chunk's text themselves; MapLibre sends any other non-http URL (a bare `blob:`) to the page,
 * which parsed every chunk of a large import on the main thread (hundreds of ms a task). The
 * page registers it too, so a request that reaches a worker before the script still loads.
 * Called when the map is made, so the workers have it long before an import's first chunk.
 */
export function ensureWorkerReadProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(SCHEME, async (request, abortController) => {
    const response = await fetch(request.url.slice(SCHEME.length + 3), {
      signal: abortController.signal,
    });
    if (!response.ok) throw new Error(`${request.url}: ${response.status}`);
    return { data: await response.json() };
  });
  // Should the script fail to load, the page's registration above still serves (slowly).
  importScriptInWorkers(workerScriptUrl).catch(() => undefined);
}

/** The URL under which MapLibre's worker reads a blob's GeoJSON text itself. */
export function workerReadUrl(blobUrl: string): string {
  ensureWorkerReadProtocol();
  return `${SCHEME}://${blobUrl}`;
}
