import { featureKey } from '../../core/document/featureKey.ts';
import { anchorOf, KdCells } from '../../core/geometry/kdCells.ts';
import { CHUNK_DEPTH, CHUNKED_FROM_FEATURES } from '../../core/geometry/layerChunking.ts';
import { FEATURE_KEY } from '../sourceData.ts';
import type { ChunkData, SourceSplit } from './wholeLayer.ts';

interface Chunk {
  features: GeoJSON.Feature[];
  keys: string[];
}

const tagged = new WeakMap<GeoJSON.Feature, { key: string; feature: GeoJSON.Feature }>();

/** The feature with its key as the `__key` property (MapLibre drops string ids); cached. */
function withKey(feature: GeoJSON.Feature, key: string): GeoJSON.Feature {
  const cached = tagged.get(feature);
  if (cached?.key === key) return cached.feature;
  const copy = { ...feature, properties: { ...feature.properties, [FEATURE_KEY]: key } };
  tagged.set(feature, { key, feature: copy });
  return copy;
}

function sameChunk(a: Chunk, b: Chunk | undefined): boolean {
  if (!b || a.features.length !== b.features.length) return false;
  for (let i = 0; i < a.features.length; i++) {
    if (a.features[i] !== b.features[i] || a.keys[i] !== b.keys[i]) return false;
  }
  return true;
}

/** A cut made elsewhere (the import worker's map text): its k-d splits and the features sent. */
export interface PriorCut {
  splits: readonly number[];
  features: readonly GeoJSON.Feature[];
}

/**
 * How one layer's features are spread over its map sources. A small layer is one source; a
 * large one is cut, when it first grows large, into spatial chunks (a k-d partition of its
 * features' first vertices), and each later collection is compared chunk by chunk with the one
 * before, by feature identity, so an edit to one feature re-sends one chunk. A layer whose
 * chunks the import worker wrote goes on from that cut (`prior`): its first edit neither cuts
 * the layer anew in one long task nor re-sends the chunks it did not touch.
 */
export class LayerChunks implements SourceSplit {
  private cells: KdCells | undefined;
  private last: Chunk[] = [];
  private readonly cellByFeature = new WeakMap<GeoJSON.Feature, number>();
  /** The features the map already holds, as the prior cut put them; read at the first update. */
  private prior: readonly GeoJSON.Feature[] | undefined;

  constructor(prior?: PriorCut) {
    if (!prior || prior.splits.length === 0) return;
    this.cells = KdCells.fromSplits(prior.splits, CHUNK_DEPTH);
    this.prior = prior.features;
  }

  /** How many sources the layer is drawn from. */
  get count(): number {
    return this.cells?.count ?? 1;
  }

  /** Takes the layer's new collection and returns the chunks whose content changed. */
  update(collection: GeoJSON.FeatureCollection): ChunkData[] {
    if (!this.cells && collection.features.length >= CHUNKED_FROM_FEATURES) {
      const anchors = collection.features.map((feature) => anchorOf(feature.geometry));
      this.cells = new KdCells(anchors, CHUNK_DEPTH);
      this.last = [];
    }
    if (this.prior) {
      this.last = this.chunksOf(this.prior);
      this.prior = undefined;
    }
    const next = this.chunksOf(collection.features);
    const changed: ChunkData[] = [];
    next.forEach((chunk, index) => {
      if (sameChunk(chunk, this.last[index])) return;
      const features = chunk.features.map((feature, i) => withKey(feature, chunk.keys[i]!));
      changed.push({ chunk: index, data: { type: 'FeatureCollection', features } });
    });
    this.last = next;
    return changed;
  }

  private chunksOf(features: readonly GeoJSON.Feature[]): Chunk[] {
    const chunks: Chunk[] = Array.from({ length: this.count }, () => ({ features: [], keys: [] }));
    features.forEach((feature, index) => {
      const chunk = chunks[this.cellOf(feature)]!;
      chunk.features.push(feature);
      chunk.keys.push(featureKey(feature, index));
    });
    return chunks;
  }

  private cellOf(feature: GeoJSON.Feature): number {
    if (!this.cells) return 0;
    let cell = this.cellByFeature.get(feature);
    if (cell === undefined) {
      cell = this.cells.cellOf(anchorOf(feature.geometry));
      this.cellByFeature.set(feature, cell);
    }
    return cell;
  }
}
