import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_CREDIT_LINE } from '../src/core/basemap/credits.ts';
import { BASEMAP_MAX_ZOOM, BASEMAP_MIN_ZOOM } from '../src/core/basemap/tileset.ts';
import { HOME_VIEW, REGION_BBOX } from '../src/core/region.ts';
import { encodeTiles } from './basemap/encode-tiles.ts';
import { findGeodataDir } from './basemap/geodata.ts';
import { buildHillshade } from './basemap/hillshade.ts';
import { basemapLayers } from './basemap/layers.ts';
import { writePmtiles } from './basemap/pmtiles-writer.ts';

/**
 * Builds the basemap's vector tiles (data/basemap/basemap.pmtiles) and relief image
 * (data/basemap/hillshade.webp + .json) from the public extracts in shared/geodata/ and the app's
 * own 2019 basemap. The outputs are committed: the app and CI never need the extracts.
 */
function main(): void {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const geodata = findGeodataDir(repoRoot);
  // Everything is built before anything is written, so a failure leaves the committed files whole.
  const hillshade = buildHillshade(geodata);
  const layers = basemapLayers(geodata, repoRoot);
  const tiles = encodeTiles(layers, REGION_BBOX, BASEMAP_MIN_ZOOM, BASEMAP_MAX_ZOOM);
  const archive = writePmtiles({
    tiles,
    bounds: REGION_BBOX,
    center: { lon: HOME_VIEW.center[0], lat: HOME_VIEW.center[1], zoom: HOME_VIEW.zoom },
    metadata: {
      name: 'Giáp Ranh basemap',
      attribution: BASEMAP_CREDIT_LINE,
      vector_layers: layers.map((layer) => ({
        id: layer.name,
        minzoom: Math.max(layer.minZoom, BASEMAP_MIN_ZOOM),
        maxzoom: BASEMAP_MAX_ZOOM,
        fields: fieldsOf(layer.features),
      })),
    },
  });
  const out = (path: string, data: Uint8Array | string) => {
    const target = resolve(repoRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    const kb = (typeof data === 'string' ? Buffer.byteLength(data) : data.length) / 1024;
    console.log(`${path}  ${kb.toFixed(1)} KB`);
  };
  out('data/basemap/basemap.pmtiles', archive);
  out('data/basemap/hillshade.webp', hillshade.webp);
  out(
    'data/basemap/hillshade.json',
    `${JSON.stringify({ coordinates: hillshade.coordinates }, null, 2)}\n`,
  );
  const largest = tiles.reduce((a, b) => (b.data.length > a.data.length ? b : a));
  console.log(
    `${tiles.length} tiles, z${BASEMAP_MIN_ZOOM}–${BASEMAP_MAX_ZOOM}; largest ` +
      `${largest.z}/${largest.x}/${largest.y} ${(largest.data.length / 1024).toFixed(1)} KB gzip`,
  );
}

function fieldsOf(features: readonly GeoJSON.Feature[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const feature of features) {
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      fields[key] = typeof value === 'number' ? 'Number' : 'String';
    }
  }
  return fields;
}

main();
