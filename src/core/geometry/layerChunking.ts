import { anchorOf, KdCells } from './kdCells.ts';

/**
 * From this many features on, a layer is drawn from several sources: a commit then re-tiles
 * one chunk (MapLibre's `setData` and `updateData` both rebuild a source's whole index), and no
 * one tile of it holds the whole layer.
 */
export const CHUNKED_FROM_FEATURES = 2000;

/** 2^4 = 16 chunks: some 600 features each in a layer of 10,000. */
export const CHUNK_DEPTH = 4;

/**
 * The chunk of each feature of a large layer, as the map cuts it (a k-d partition of the
 * features' first vertices into `2^CHUNK_DEPTH` cells), and the partition's split values (for
 * `KdCells.fromSplits`); one chunk and no splits for a small layer.
 */
export function chunkOfEach(features: readonly GeoJSON.Feature[]): {
  count: number;
  chunkOf: Uint8Array;
  splits: number[];
} {
  const chunkOf = new Uint8Array(features.length);
  if (features.length < CHUNKED_FROM_FEATURES) return { count: 1, chunkOf, splits: [] };
  const anchors = features.map((feature) => anchorOf(feature.geometry));
  const cells = new KdCells(anchors, CHUNK_DEPTH);
  anchors.forEach((anchor, index) => {
    chunkOf[index] = cells.cellOf(anchor);
  });
  return { count: cells.count, chunkOf, splits: cells.splits };
}
