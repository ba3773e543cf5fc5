import { describe, expect, it } from 'vitest';
import { squaresText } from '../../bench/import/broken-files.ts';
import { MAP_FEATURE_KEY, mapReadyChunks } from '../../src/core/import/map-ready-text.ts';
import { LayerChunks } from '../../src/map/chunks/layerChunks.ts';

/** `count` closed squares over the region, ids `sq-0`…, as the import benches and specs make them. */
function squares(count: number): GeoJSON.Feature[] {
  return (JSON.parse(squaresText(count, true)) as GeoJSON.FeatureCollection).features;
}

/** The keys in each chunk's text, in chunk order. */
function keysByChunk(texts: string[]): string[][] {
  return texts.map((text) =>
    (JSON.parse(text) as GeoJSON.FeatureCollection).features.map(
      (feature) => feature.properties?.[MAP_FEATURE_KEY] as string,
    ),
  );
}

describe('mapReadyChunks', () => {
  it('writes a small layer as one text, each feature tagged with its key', () => {
    const { texts, splits } = mapReadyChunks(squares(50));
    expect(texts).toHaveLength(1);
    expect(splits).toEqual([]);
    expect(keysByChunk(texts)[0]).toEqual(squares(50).map((feature) => feature.id));
  });

  it('cuts a large layer into the chunks the map cuts it into, each feature once', () => {
    const features = squares(5000);
    const byWorker = keysByChunk(mapReadyChunks(features).texts);
    const byMap = new LayerChunks()
      .update({ type: 'FeatureCollection', features })
      .map(({ data }) =>
        data.features.map((feature) => feature.properties?.[MAP_FEATURE_KEY] as string),
      );
    expect(byWorker).toHaveLength(16);
    expect(byWorker).toEqual(byMap);
    expect(byWorker.flat().sort()).toEqual(features.map((feature) => String(feature.id)).sort());
  });
});
