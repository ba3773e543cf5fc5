import { describe, expect, it } from 'vitest';
import { MAP_FEATURE_KEY, mapReadyChunks } from '../../src/core/import/map-ready-text.ts';
import { KdCells } from '../../src/map/chunks/kdCells.ts';
import { LayerChunks } from '../../src/map/chunks/layerChunks.ts';
import { squareZone } from './support/squareZone.ts';

/** A 100 × 50 grid of 0.001° zones, as an imported file would bring them. */
function imported(): GeoJSON.Feature[] {
  return Array.from({ length: 5000 }, (_, i) =>
    squareZone(`z${i}`, 105.48 + (i % 100) * 0.003, 21.12 + Math.floor(i / 100) * 0.003, 0.001),
  );
}

describe('a layer whose chunks the import worker wrote', () => {
  it('at its first edit re-sends only the chunk holding the edited feature', () => {
    const features = imported();
    // What the worker sends along with the chunk texts: the splits of its cut.
    const { texts, splits } = mapReadyChunks(features);
    const chunks = new LayerChunks({ splits, features });
    expect(chunks.count).toBe(16);

    const edited = { ...features[1234]!, properties: { name: 'renamed' } };
    const next = [...features];
    next[1234] = edited;
    const changed = chunks.update({ type: 'FeatureCollection', features: next });

    expect(changed).toHaveLength(1);
    // The chunk the worker wrote that feature into, with the same features as its text.
    const written = texts.map((text) =>
      (JSON.parse(text) as GeoJSON.FeatureCollection).features.map(
        (feature) => feature.properties?.[MAP_FEATURE_KEY],
      ),
    );
    const { chunk, data } = changed[0]!;
    expect(written[chunk]).toContain('z1234');
    expect(data.features.map((feature) => feature.properties?.[MAP_FEATURE_KEY])).toEqual(
      written[chunk],
    );
    expect(data.features.find((f) => f.properties?.[MAP_FEATURE_KEY] === 'z1234')).toMatchObject({
      properties: { name: 'renamed' },
    });
  });

  it('sends nothing when the layer comes back unchanged', () => {
    const features = imported();
    const chunks = new LayerChunks({ splits: mapReadyChunks(features).splits, features });
    expect(chunks.update({ type: 'FeatureCollection', features: [...features] })).toEqual([]);
  });
});

describe('KdCells.fromSplits', () => {
  it('files positions as the partition it was given', () => {
    const positions = Array.from({ length: 400 }, (_, i) => [i % 20, Math.floor(i / 20)] as const);
    const cut = new KdCells(positions, 4);
    const again = KdCells.fromSplits(cut.splits, 4);
    expect(positions.map((p) => again.cellOf(p))).toEqual(positions.map((p) => cut.cellOf(p)));
  });

  it('refuses splits that do not make a partition of that depth', () => {
    expect(() => KdCells.fromSplits([1, 2, 3], 4)).toThrow(
      'KdCells: 3 splits do not make a partition of depth 4',
    );
  });
});
