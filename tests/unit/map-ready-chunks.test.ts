import { describe, expect, it } from 'vitest';
import { MAP_FEATURE_KEY, mapReadyChunks } from '../../src/core/import/map-ready-text.ts';
import { LayerChunks } from '../../src/map/chunks/layerChunks.ts';

function squares(count: number): GeoJSON.Feature[] {
  return Array.from({ length: count }, (_, i) => {
    const x = 105.3 + (i % 100) * 0.002;
    const y = 21 + Math.floor(i / 100) * 0.002;
    return {
      type: 'Feature',
      id: `sq-${i}`,
      properties: { name: `Ô ${i}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.001, y],
            [x + 0.001, y + 0.001],
            [x, y],
          ],
        ],
      },
    };
  });
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
