import { addProtocol } from 'maplibre-gl';

let protocol: Promise<import('pmtiles').Protocol> | undefined;

/**
 * Registers the `pmtiles://` protocol, which the basemap's vector tiles (and any layer served
 * from a PMTiles archive) are read through. The pmtiles code is its own chunk: the protocol is
 * registered at once and its requests wait for the chunk, so a map can be created (its WebGL
 * context, its style) without waiting for it. Resolves once the chunk has loaded.
 */
export function ensurePmtilesProtocol(): Promise<void> {
  if (!protocol) {
    protocol = import('pmtiles').then(({ Protocol }) => new Protocol());
    const loading = protocol;
    addProtocol('pmtiles', async (params, abortController) =>
      (await loading).tile(params, abortController),
    );
  }
  return protocol.then(() => undefined);
}
