import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';

/** A PMTiles `Source` over bytes in memory, so the archive is read by the real pmtiles reader. */
class BytesSource implements Source {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly key: string,
  ) {}

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) };
  }

  getKey(): string {
    return this.key;
  }
}

/** Opens archive bytes (or a file) with the `pmtiles` package's reader. */
export function openPmtiles(bytes: Uint8Array, key = 'memory'): PMTiles {
  return new PMTiles(new BytesSource(bytes, key));
}

export function openPmtilesFile(path: string): PMTiles {
  return openPmtiles(new Uint8Array(readFileSync(path)), path);
}

/**
 * A tile's bytes as the reader hands them to MapLibre (decompressed), or undefined when the
 * archive has no such tile.
 */
export async function readTile(
  archive: PMTiles,
  z: number,
  x: number,
  y: number,
): Promise<Uint8Array | undefined> {
  const found = await archive.getZxy(z, x, y);
  return found ? new Uint8Array(found.data) : undefined;
}

/** A tile decoded as a Mapbox Vector Tile. */
export function decodeTile(bytes: Uint8Array): VectorTile {
  return new VectorTile(new PbfReader(bytes));
}
