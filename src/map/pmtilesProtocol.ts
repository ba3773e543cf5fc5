import { addProtocol } from 'maplibre-gl';

let registered: Promise<void> | undefined;

/**
 * Registers the `pmtiles://` protocol, which the basemap's vector tiles (and any layer served
 * from a PMTiles archive) are read through. The pmtiles code is its own chunk.
 */
export function ensurePmtilesProtocol(): Promise<void> {
  registered ??= import('pmtiles').then(({ Protocol }) => {
    const protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  });
  return registered;
}
