import { addProtocol, importScriptInWorkers } from 'maplibre-gl';
import workerScriptUrl from './pmtilesProtocol.worker.ts?worker&url';

type ArchiveModule = typeof import('./pmtilesArchive.ts');

let protocol:
  | Promise<{ protocol: import('pmtiles').Protocol; archives: ArchiveModule }>
  | undefined;

/** Header reads started before the pmtiles code had loaded, by archive URL (see below). */
const earlyHeaders = new Map<string, Promise<Response>>();

/**
 * Registers the `pmtiles://` protocol, which the basemap's vector tiles (and any layer served
 * from a PMTiles archive) are read through. The pmtiles code is its own chunk: the protocol is
 * registered at once and its requests wait for the chunk, so a map can be created (its WebGL
 * context, its style) without waiting for it. Resolves once the chunk has loaded.
 */
export function ensurePmtilesProtocol(): Promise<void> {
  if (!protocol) {
    protocol = Promise.all([import('pmtiles'), import('./pmtilesArchive.ts')]).then(
      ([{ Protocol }, archives]) => ({ protocol: new Protocol(), archives }),
    );
    const loading = protocol;
    addProtocol('pmtiles', async (params, abortController) => {
      const { protocol: loaded, archives } = await loading;
      const url = archives.archiveUrlOf(params.url);
      if (url) {
        archives.ensureArchive(loaded, url, earlyHeaders.get(url));
        earlyHeaders.delete(url);
      }
      return loaded.tile(params, abortController);
    });
    // The workers read the tiles themselves once this script is in (the page still serves the
    // archive's TileJSON, and any tile asked for before); should it fail, the page serves all.
    importScriptInWorkers(workerScriptUrl).catch(() => undefined);
  }
  return protocol.then(() => undefined);
}

/** The bytes pmtiles reads first from an archive: its header and (usually) root directory. */
export const HEADER_BYTES = 16_384;

/**
 * Starts reading an archive's header (the first range pmtiles reads) as the page starts, before
 * the pmtiles code has loaded; the map's first request to the archive takes it. Without it the
 * header was asked for only once the map's style was in, and the basemap's tiles came after
 * the plan layers had been drawn. A failed early read is read again the usual way.
 */
export function prefetchPmtilesArchive(archiveUrl: string): void {
  if (!earlyHeaders.has(archiveUrl)) {
    const read = fetch(archiveUrl, { headers: { range: `bytes=0-${HEADER_BYTES - 1}` } });
    read.catch(() => undefined);
    earlyHeaders.set(archiveUrl, read);
  }
  void ensurePmtilesProtocol();
}
