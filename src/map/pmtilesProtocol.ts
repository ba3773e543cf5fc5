import { addProtocol } from 'maplibre-gl';
import type { LayerDef } from '../core/layers/types.ts';

let registered: Promise<void> | undefined;

/**
 * Registers the `pmtiles://` protocol when some layer is served from a PMTiles archive (data too
 * large for the browser to hold as GeoJSON). The pmtiles code loads only then.
 */
export function ensurePmtilesProtocol(layers: readonly LayerDef[]): Promise<void> {
  if (!layers.some((layer) => layer.source.kind === 'pmtiles')) return Promise.resolve();
  registered ??= import('pmtiles').then(({ Protocol }) => {
    const protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  });
  return registered;
}
