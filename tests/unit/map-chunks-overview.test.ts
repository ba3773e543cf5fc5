import { describe, expect, it } from 'vitest';
import { OVERVIEW_ZOOM_KEY } from '../../src/core/geometry/overviewZoom.ts';
import { MAP_FEATURE_KEY, mapReadyChunks } from '../../src/core/import/map-ready-text.ts';
import { LayerChunks } from '../../src/map/chunks/layerChunks.ts';
import { squareZone } from './support/squareZone.ts';

/** 6,000 zones 0.0005° on a side, 0.0008° apart: far more than a pixel holds at zoom 9. */
function dense(): GeoJSON.Feature[] {
  return Array.from({ length: 6000 }, (_, i) =>
    squareZone(`d${i}`, 105.4 + (i % 120) * 0.0008, 21.1 + Math.floor(i / 120) * 0.0008, 0.0005),
  );
}

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

describe('a chunked layer’s overview', () => {
  it('is reckoned the same by the import worker and by the map', () => {
    const features = dense();
    const byWorker = mapReadyChunks(features);
    const byMap = new LayerChunks();
    const sent = byMap.update(collection(features));
    expect(byMap.shown).toEqual(byWorker.shown);
    const zoomOf = new Map(
      sent.flatMap(({ data }) =>
        data.features.map((f) => [
          f.properties?.[MAP_FEATURE_KEY],
          f.properties?.[OVERVIEW_ZOOM_KEY],
        ]),
      ),
    );
    const written = byWorker.texts.flatMap(
      (text) => (JSON.parse(text) as GeoJSON.FeatureCollection).features,
    );
    for (const feature of written) {
      expect(zoomOf.get(feature.properties?.[MAP_FEATURE_KEY])).toBe(
        feature.properties?.[OVERVIEW_ZOOM_KEY],
      );
    }
    expect(byWorker.shown![9]).toBeLessThan(features.length / 2);
    expect(byWorker.shown![11]).toBe(features.length);
  });

  it('keeps its counts right after the first edit of a layer the worker cut', () => {
    const features = dense();
    const { splits, shown } = mapReadyChunks(features);
    const chunks = new LayerChunks({ splits, features, shown: shown! });

    // Delete 500 zones: the counts are those of the layer as it is now, cut as it was.
    const next = features.filter((_, i) => i < 1000 || i >= 1500);
    expect(chunks.update(collection(next)).length).toBeGreaterThan(0);
    const countedAfresh = new LayerChunks({ splits, features: next });
    expect(countedAfresh.update(collection(next))).toEqual([]);
    expect(chunks.shown).toEqual(countedAfresh.shown);
    expect(chunks.shown![11]).toBe(next.length);
  });
});
