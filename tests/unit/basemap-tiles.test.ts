import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { VectorTile } from '@mapbox/vector-tile';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_MAX_ZOOM,
  BASEMAP_MIN_ZOOM,
  PLANNING_ZOOM,
} from '../../src/core/basemap/tileset.ts';
import { HOME_VIEW, REGION_BBOX } from '../../src/core/region.ts';
import { tilesCovering } from '../../src/core/tiles/tileRange.ts';
import { decodeTile, openPmtilesFile, readTile } from './support/pmtilesFile.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARCHIVE = resolve(ROOT, 'data/basemap/basemap.pmtiles');

/** The budget: no tile over 500 KB, counted decompressed (what MapLibre parses). */
const MAX_TILE_BYTES = 500 * 1024;

const archive = openPmtilesFile(ARCHIVE);

async function tileAt(z: number, x: number, y: number): Promise<VectorTile> {
  const bytes = await readTile(archive, z, x, y);
  if (!bytes) throw new Error(`no tile ${z}/${x}/${y}`);
  return decodeTile(bytes);
}

/** Every layer name found in the tiles covering the region at one zoom. */
async function layersAtZoom(z: number): Promise<Set<string>> {
  const names = new Set<string>();
  for (const { x, y } of tilesCovering(REGION_BBOX, z)) {
    for (const name of Object.keys((await tileAt(z, x, y)).layers)) names.add(name);
  }
  return names;
}

describe('the basemap tile set (data/basemap/basemap.pmtiles)', () => {
  it('claims the zooms the app expects and bounds that hold the region', async () => {
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([BASEMAP_MIN_ZOOM, BASEMAP_MAX_ZOOM]);
    const [west, south, east, north] = REGION_BBOX;
    expect(header.minLon).toBeLessThanOrEqual(west);
    expect(header.minLat).toBeLessThanOrEqual(south);
    expect(header.maxLon).toBeGreaterThanOrEqual(east);
    expect(header.maxLat).toBeGreaterThanOrEqual(north);
  });

  it('covers the region at every zoom it claims, with no tile over 500 KB', async () => {
    const header = await archive.getHeader();
    const missing: string[] = [];
    const oversized: string[] = [];
    let checked = 0;
    for (let z = header.minZoom; z <= header.maxZoom; z++) {
      for (const { x, y } of tilesCovering(REGION_BBOX, z)) {
        const bytes = await readTile(archive, z, x, y);
        checked += 1;
        if (!bytes) missing.push(`${z}/${x}/${y}`);
        else if (bytes.length > MAX_TILE_BYTES) oversized.push(`${z}/${x}/${y}: ${bytes.length}`);
      }
    }
    expect(missing, 'tiles missing over the region').toEqual([]);
    expect(oversized, 'tiles over 500 KB').toEqual([]);
    expect(checked).toBeGreaterThan(400);
  });

  it('carries water, rail, national roads, parks and places at the default view', async () => {
    const layers = await layersAtZoom(Math.floor(HOME_VIEW.zoom));
    for (const name of [
      'land',
      'water',
      'railway',
      'road_national',
      'landuse',
      'boundary',
      'place',
    ]) {
      expect(layers, name).toContain(name);
    }
    // The full network, communes and contours only from the planning zoom.
    for (const name of ['road', 'commune', 'contour']) expect(layers, name).not.toContain(name);
  });

  it('carries the full road network, the 2025 communes and the contours from the planning zoom', async () => {
    const layers = await layersAtZoom(PLANNING_ZOOM);
    for (const name of ['road', 'waterway', 'commune', 'contour'])
      expect(layers, name).toContain(name);
  });

  it('names both provinces in Vietnamese, Vĩnh Phúc as part of Phú Thọ since 2025', async () => {
    const z = Math.floor(HOME_VIEW.zoom);
    const names = new Set<string>();
    for (const { x, y } of tilesCovering(REGION_BBOX, z)) {
      const places = (await tileAt(z, x, y)).layers.place;
      for (let i = 0; i < (places?.length ?? 0); i++) {
        const { name, rank } = places!.feature(i).properties;
        if (rank === 1) names.add(String(name));
      }
    }
    expect([...names].sort()).toEqual(['Hà Nội', 'Vĩnh Phúc (nay thuộc Phú Thọ)']);
  });

  it('places the relief image on the extracts’ box, in Web Mercator corners', () => {
    const { coordinates } = JSON.parse(
      readFileSync(resolve(ROOT, 'data/basemap/hillshade.json'), 'utf8'),
    ) as { coordinates: number[][] };
    // The box is 105.30–106.00 E, 21.05–21.60 N, less the one-pixel rim (0.00083°) gdaldem leaves.
    expect(coordinates[0]![0]).toBeCloseTo(105.3, 2);
    expect(coordinates[0]![1]).toBeCloseTo(21.6, 2);
    expect(coordinates[2]![0]).toBeCloseTo(106.0, 2);
    expect(coordinates[2]![1]).toBeCloseTo(21.05, 2);
  });
});
