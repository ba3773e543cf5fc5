import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** The PMTiles v3 spec's root directory must fit, with the header, in the first 16 KiB. */
const HEADER_BYTES = 127;
const ROOT_BUDGET_BYTES = 16_384 - HEADER_BYTES;

/** Tile types and compressions as the PMTiles v3 spec numbers them. */
const TILE_TYPE_MVT = 1;
const COMPRESSION_GZIP = 2;

/** What goes in an archive: gzip-compressed MVT tiles, their zooms, bounds and metadata. */
export interface PmtilesInput {
  /** Each tile's bytes, already gzip-compressed. */
  tiles: ReadonlyArray<{ z: number; x: number; y: number; data: Uint8Array }>;
  /** [west, south, east, north] in degrees. */
  bounds: readonly [number, number, number, number];
  center: { lon: number; lat: number; zoom: number };
  /** The archive's JSON metadata (vector_layers, attribution, …). */
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * header, one root directory, metadata, then the tile data in tile-id order. Identical tiles are
 * stored once (and consecutive ones share a run), so the empty tiles around the region cost
 * nothing. There are no leaf directories: an archive whose root directory would not fit in the
 * first 16 KiB is refused, which for a regional basemap of a few thousand tiles never happens.
 */
export function writePmtiles(input: PmtilesInput): Uint8Array {
  const tiles = input.tiles
    .map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), tile }))
    .sort((a, b) => a.tileId - b.tileId);
  if (tiles.length === 0) throw new Error('a PMTiles archive needs at least one tile');
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  let dataBytes = 0;
  for (const { tileId, tile } of tiles) {
    if (entries.at(-1)?.tileId === tileId) {
      throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is given twice`);
    }
    const key = Buffer.from(tile.data).toString('base64');
    let place = stored.get(key);
    if (!place) {
      place = { offset: dataBytes, length: tile.data.length };
      stored.set(key, place);
      chunks.push(tile.data);
      dataBytes += tile.data.length;
    }
    const last = entries.at(-1);
    const continuesRun =
      last && last.offset === place.offset && last.tileId + last.runLength === tileId;
    if (continuesRun) last.runLength += 1;
    else entries.push({ tileId, offset: place.offset, length: place.length, runLength: 1 });
  }

  const root = gzipSync(serializeDirectory(entries));
  if (root.length > ROOT_BUDGET_BYTES) {
    throw new Error(`root directory is ${root.length} bytes; leaf directories are not supported`);
  }
  const metadata = gzipSync(Buffer.from(JSON.stringify(input.metadata), 'utf8'));
  const zooms = input.tiles.map((tile) => tile.z);
  const header = serializeHeader({
    rootOffset: HEADER_BYTES,
    rootLength: root.length,
    metadataOffset: HEADER_BYTES + root.length,
    metadataLength: metadata.length,
    tileDataOffset: HEADER_BYTES + root.length + metadata.length,
    tileDataLength: dataBytes,
    addressedTiles: tiles.length,
    tileEntries: entries.length,
    tileContents: stored.size,
    minZoom: Math.min(...zooms),
    maxZoom: Math.max(...zooms),
    bounds: input.bounds,
    center: input.center,
  });
  return Buffer.concat([header, root, metadata, ...chunks]);
}

/** A directory as the spec lays it out: count, tile-id deltas, run lengths, lengths, offsets. */
function serializeDirectory(entries: readonly Entry[]): Buffer {
  const bytes: number[] = [];
  writeVarint(bytes, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(bytes, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(bytes, entry.runLength);
  for (const entry of entries) writeVarint(bytes, entry.length);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    // 0 means "right after the previous entry's data"; otherwise the offset plus one.
    const follows = previous && entry.offset === previous.offset + previous.length;
    writeVarint(bytes, follows ? 0 : entry.offset + 1);
  });
  return Buffer.from(bytes);
}

function writeVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

interface HeaderFields {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  minZoom: number;
  maxZoom: number;
  bounds: readonly [number, number, number, number];
  center: { lon: number; lat: number; zoom: number };
}

function serializeHeader(fields: HeaderFields): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = [
    fields.rootOffset,
    fields.rootLength,
    fields.metadataOffset,
    fields.metadataLength,
    // No leaf directories: their offset is where the tile data starts, their length 0.
    fields.tileDataOffset,
    0,
    fields.tileDataOffset,
    fields.tileDataLength,
    fields.addressedTiles,
    fields.tileEntries,
    fields.tileContents,
  ];
  for (const [index, value] of u64.entries()) {
    header.writeBigUInt64LE(BigInt(value), 8 + index * 8);
  }
  header.writeUInt8(1, 96); // clustered: tile data in tile-id order
  header.writeUInt8(COMPRESSION_GZIP, 97); // directories and metadata
  header.writeUInt8(COMPRESSION_GZIP, 98); // tiles
  header.writeUInt8(TILE_TYPE_MVT, 99);
  header.writeUInt8(fields.minZoom, 100);
  header.writeUInt8(fields.maxZoom, 101);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = fields.bounds;
  header.writeInt32LE(e7(west), 102);
  header.writeInt32LE(e7(south), 106);
  header.writeInt32LE(e7(east), 110);
  header.writeInt32LE(e7(north), 114);
  header.writeUInt8(Math.round(fields.center.zoom), 118);
  header.writeInt32LE(e7(fields.center.lon), 119);
  header.writeInt32LE(e7(fields.center.lat), 123);
  return header;
}
