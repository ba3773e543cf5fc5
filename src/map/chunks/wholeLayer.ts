import { featureKey } from '../../core/document/featureKey.ts';
import { FEATURE_KEY } from '../sourceData.ts';

/** One chunk's new content, its features tagged with their keys for MapLibre. */
export interface ChunkData {
  chunk: number;
  data: GeoJSON.FeatureCollection;
}

/** How a layer's features are spread over its map sources (see `LayerChunks`). */
export interface SourceSplit {
  /** How many sources the layer is drawn from. */
  readonly count: number;
  /** Takes the layer's new collection and returns the sources whose content changed. */
  update(collection: GeoJSON.FeatureCollection): ChunkData[];
  /**
   * How many features a chunked layer's overview draws at each zoom up to the planning zoom
   * (`shownAtZooms`); absent for a layer drawn whole at every zoom.
   */
  readonly shown?: readonly number[];
}

/**
 * A layer drawn from one source, sent whole on every change: every small layer, and a large
 * one until the chunking code (its own small chunk of JS) has loaded.
 */
export class WholeLayer implements SourceSplit {
  readonly count = 1;
  private last: GeoJSON.FeatureCollection | undefined;

  update(collection: GeoJSON.FeatureCollection): ChunkData[] {
    if (collection === this.last) return [];
    this.last = collection;
    const features = collection.features.map((feature, index) => ({
      ...feature,
      properties: { ...feature.properties, [FEATURE_KEY]: featureKey(feature, index) },
    }));
    return [{ chunk: 0, data: { type: 'FeatureCollection', features } }];
  }
}
