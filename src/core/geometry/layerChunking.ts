import { anchorOf, KdCells } from './kdCells.ts';

/**
 * From this many features on, a layer is drawn from several sources: a commit then re-tiles
 * one chunk (MapLibre's `setData` and `updateData` both rebuild a source's whole index), and no
 * one tile of it holds the whole layer.
 */
export const CHUNKED_FROM_FEATURES = 2000;

/** 2^4 = 16 chunks: some 600 features each in a layer of 10,000. */
export const CHUNK_DEPTH = 4;

/** At most 2^6 = 64 chunks, however large the layer: each is a source and style layers of its own. */
const MAX_CHUNK_DEPTH = 6;

/**
 * Above this many features a chunk is cut in two: each of a chunk's tiles is one task on the
 * page when MapLibre's worker hands it over (its buckets and feature index, read and then
 * collected), so a chunk's size bounds that task.
 */
export const FEATURES_PER_CHUNK = 8000;

/**
 * How deep a layer of `featureCount` features is cut: {@link CHUNK_DEPTH} (16 chunks) up to
 * 128,000 features, one level more each time the layer doubles, at most 64 chunks.
 */
export function chunkDepthFor(featureCount: number): number {
  const needed = Math.ceil(Math.log2(Math.max(1, featureCount / FEATURES_PER_CHUNK)));
  return Math.min(MAX_CHUNK_DEPTH, Math.max(CHUNK_DEPTH, needed));
}

/** The depth of the k-d partition whose split values these are (`2^depth − 1` of them). */
export function depthOfSplits(splits: readonly number[]): number {
  return Math.round(Math.log2(splits.length + 1));
}

/**
 * The chunk of each feature of a large layer, as the map cuts it (a k-d partition of the
 * features' first vertices into `2^chunkDepthFor(n)` cells), and the partition's split values (for
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
  const cells = new KdCells(anchors, chunkDepthFor(features.length));
  anchors.forEach((anchor, index) => {
    chunkOf[index] = cells.cellOf(anchor);
  });
  return { count: cells.count, chunkOf, splits: cells.splits };
}
