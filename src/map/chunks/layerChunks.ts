import { PLANNING_ZOOM } from '../../core/basemap/tileset.ts';
import { featureKey } from '../../core/document/featureKey.ts';
import { anchorOf, KdCells } from '../../core/geometry/kdCells.ts';
import { CHUNK_DEPTH, CHUNKED_FROM_FEATURES } from '../../core/geometry/layerChunking.ts';
import {
  OVERVIEW_ZOOM_KEY,
  overviewZooms,
  shownAtZooms,
} from '../../core/geometry/overviewZoom.ts';
import { FEATURE_KEY } from '../sourceData.ts';
import type { ChunkData, SourceSplit } from './wholeLayer.ts';

interface Chunk {
  features: GeoJSON.Feature[];
  keys: string[];
}

interface Tagged {
  key: string;
  zoom: number | undefined;
  feature: GeoJSON.Feature;
}

const tagged = new WeakMap<GeoJSON.Feature, Tagged>();

/**
 * The feature with its key as the `__key` property (MapLibre drops string ids) and, in a chunked
 * layer, the zoom its overview draws it from; cached.
 */
function withKey(feature: GeoJSON.Feature, key: string, zoom?: number): GeoJSON.Feature {
  const cached = tagged.get(feature);
  if (cached?.key === key && cached.zoom === zoom) return cached.feature;
  const properties: GeoJSON.GeoJsonProperties = { ...feature.properties, [FEATURE_KEY]: key };
  if (zoom !== undefined) properties[OVERVIEW_ZOOM_KEY] = zoom;
  const copy = { ...feature, properties };
  tagged.set(feature, { key, zoom, feature: copy });
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
  /** The overview counts of the chunks as sent (`shownAtZooms`, all chunks together). */
  shown?: readonly number[];
}

const countsOf = (features: readonly GeoJSON.Feature[]) => shownAtZooms(overviewZooms(features));

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
  /** Each chunk's overview counts (`shownAtZooms`) as the page last sent it. */
  private readonly shownByChunk: (number[] | undefined)[] = [];
  /** The overview counts of the chunks the page has not sent (the prior cut's). */
  private priorShown: number[] | undefined;

  constructor(prior?: PriorCut) {
    if (!prior || prior.splits.length === 0) return;
    this.cells = KdCells.fromSplits(prior.splits, CHUNK_DEPTH);
    this.prior = prior.features;
    if (prior.shown) this.priorShown = [...prior.shown];
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
      // Each chunk's overview is reckoned on its own, as the import worker reckons it.
      const zooms = this.cells ? overviewZooms(chunk.features) : undefined;
      this.forgetPriorCounts(index);
      this.shownByChunk[index] = zooms && shownAtZooms(zooms);
      const features = chunk.features.map((feature, i) =>
        withKey(feature, chunk.keys[i]!, zooms?.[i]),
      );
      changed.push({ chunk: index, data: { type: 'FeatureCollection', features } });
    });
    this.last = next;
    return changed;
  }

  /** Takes a chunk the page is about to send out of the prior cut's counts. */
  private forgetPriorCounts(index: number): void {
    const before = this.last[index];
    if (!this.priorShown || this.shownByChunk[index] || !before) return;
    const counts = countsOf(before.features);
    this.priorShown = this.priorShown.map((count, zoom) => count - counts[zoom]!);
  }

  /**
   * How many features the overview draws at each zoom up to the planning zoom, all chunks
   * together: the prior cut's counts for the chunks the page has not sent, its own for the rest
   * (a chunk not counted either way is counted from its features).
   */
  get shown(): readonly number[] | undefined {
    if (!this.cells) return undefined;
    const total = this.priorShown
      ? [...this.priorShown]
      : new Array<number>(PLANNING_ZOOM + 1).fill(0);
    this.last.forEach((chunk, index) => {
      let counts = this.shownByChunk[index];
      if (!counts && !this.priorShown) {
        counts = countsOf(chunk.features);
        this.shownByChunk[index] = counts;
      }
      counts?.forEach((count, zoom) => {
        total[zoom] = (total[zoom] ?? 0) + count;
      });
    });
    return total;
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
