import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writePmtiles } from '../../scripts/basemap/pmtiles-writer.ts';
import { openPmtiles, readTile } from './support/pmtilesFile.ts';

const bytes = (text: string) => new Uint8Array(gzipSync(Buffer.from(text)));

const TILES = [
  { z: 0, x: 0, y: 0, data: bytes('world') },
  { z: 1, x: 0, y: 0, data: bytes('empty') },
  { z: 1, x: 0, y: 1, data: bytes('empty') },
  { z: 1, x: 1, y: 1, data: bytes('empty') },
  { z: 1, x: 1, y: 0, data: bytes('north-east') },
  { z: 2, x: 3, y: 1, data: bytes('z2') },
];

const archiveOf = (tiles = TILES) =>
  writePmtiles({
    tiles,
    bounds: [105.25, 20.95, 106.05, 21.65],
    center: { lon: 105.64, lat: 21.26, zoom: 9.6 },
    metadata: { name: 'test', vector_layers: [{ id: 'water' }] },
  });

describe('the PMTiles v3 writer, read back by the pmtiles package', () => {
  it('writes a header the reader understands', async () => {
    const header = await openPmtiles(archiveOf()).getHeader();
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 2]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([
      105.25, 20.95, 106.05, 21.65,
    ]);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([105.64, 21.26, 10]);
    expect(header.numAddressedTiles).toBe(6);
    // The three identical "empty" tiles are stored once.
    expect(header.numTileContents).toBe(4);
    expect(header.clustered).toBe(true);
  });

  it('returns every tile as written (decompressed), and nothing for a tile it does not hold', async () => {
    const archive = openPmtiles(archiveOf());
    for (const tile of TILES) {
      expect(
        await readTile(archive, tile.z, tile.x, tile.y),
        `${tile.z}/${tile.x}/${tile.y}`,
      ).toEqual(new Uint8Array(gunzipSync(tile.data)));
    }
    expect(await readTile(archive, 2, 0, 0)).toBeUndefined();
    expect(await readTile(archive, 3, 7, 3)).toBeUndefined();
  });

  it('keeps the metadata', async () => {
    expect(await openPmtiles(archiveOf()).getMetadata()).toEqual({
      name: 'test',
      vector_layers: [{ id: 'water' }],
    });
  });

  it('refuses a tile given twice, naming it', () => {
    expect(() => archiveOf([...TILES, { z: 2, x: 3, y: 1, data: bytes('again') }])).toThrow(
      '2/3/1',
    );
  });
});
