import { describe, expect, it } from 'vitest';
import { CHUNKED_FROM_FEATURES } from '../../src/map/chunks/chunkIds.ts';
import { KdCells } from '../../src/map/chunks/kdCells.ts';
import { LayerChunks } from '../../src/map/chunks/layerChunks.ts';
import { squareZone } from './support/squareZone.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

/** A 0.001° square zone named after its id, its south-west corner at (lon, lat). */
const square = (id: string, lon: number, lat: number) => squareZone(id, lon, lat, 0.001);

/** A 100 × 100 grid of zones, as the edit-latency bench draws. */
function grid(): GeoJSON.FeatureCollection {
  const features = Array.from({ length: 10_000 }, (_, i) =>
    square(`z${i}`, 105.48 + (i % 100) * 0.003, 21.12 + Math.floor(i / 100) * 0.003),
  );
  return { type: 'FeatureCollection', features };
}

describe('KdCells', () => {
  it('cuts a grid into 16 cells of equal size', () => {
    const positions = Array.from(
      { length: 10_000 },
      (_, i) => [i % 100, Math.floor(i / 100)] as const,
    );
    const cells = new KdCells(positions, 4);
    const sizes = new Array(cells.count).fill(0);
    for (const position of positions) sizes[cells.cellOf(position)]++;
    expect(sizes).toEqual(new Array(16).fill(625));
  });
});

describe('LayerChunks', () => {
  it('keeps a small layer in one source and sends it only when it changes', () => {
    const chunks = new LayerChunks();
    const small: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [square('a', 105.5, 21.2), square('b', 105.6, 21.3)],
    };
    const first = chunks.update(small);
    expect(chunks.count).toBe(1);
    expect(first.map((c) => c.chunk)).toEqual([0]);
    expect(first[0]!.data.features.map((f) => f.properties?.__key)).toEqual(['a', 'b']);
    expect(chunks.update({ ...small })).toEqual([]);
  });

  it('re-sends only the chunk holding an edited feature of a large layer', () => {
    const chunks = new LayerChunks();
    const layer = grid();
    expect(layer.features.length).toBeGreaterThanOrEqual(CHUNKED_FROM_FEATURES);
    expect(chunks.update(layer)).toHaveLength(16);
    const edited = { ...layer.features[4321]!, properties: { name: 'renamed' } };
    const features = [...layer.features];
    features[4321] = edited;
    const changed = chunks.update({ type: 'FeatureCollection', features });
    expect(changed).toHaveLength(1);
    const sent = changed[0]!.data.features;
    expect(sent).toHaveLength(625);
    expect(sent.find((f) => f.properties?.__key === 'z4321')?.properties?.name).toBe('renamed');
  });

  it('re-sends both chunks when a feature moves from one to another, and a deleted one leaves', () => {
    const chunks = new LayerChunks();
    const layer = grid();
    chunks.update(layer);
    const features = [...layer.features];
    features[0] = square('z0', 105.78, 21.41);
    const moved = chunks.update({ type: 'FeatureCollection', features });
    expect(moved).toHaveLength(2);
    const afterDelete = chunks.update({ type: 'FeatureCollection', features: features.slice(1) });
    expect(afterDelete).toHaveLength(1);
    expect(afterDelete[0]!.data.features.some((f) => f.properties?.__key === 'z0')).toBe(false);
  });
});

describe('the style of a chunked layer', () => {
  it('draws each chunk from its own source, every fill below every outline', async () => {
    const { buildStyle } = await import('../../src/map/buildStyle.ts');
    const { getLayer } = await import('../../src/core/layers/registry.ts');
    const zones = getLayer('industrial-zones')!;
    const assets = TEST_STYLE_ASSETS;
    const state = { layers: [zones], visible: {}, opacity: {}, lang: 'vi' as const };
    const style = buildStyle(state, assets, { 'industrial-zones': 3 });
    expect(Object.keys(style.sources).filter((id) => id.startsWith('industrial-zones'))).toEqual([
      'industrial-zones',
      'industrial-zones~1',
      'industrial-zones~2',
    ]);
    const ids = style.layers.map((layer) => layer.id).filter((id) => id.startsWith('industrial'));
    expect(ids.slice(0, 6)).toEqual([
      'industrial-zones:fill',
      'industrial-zones:fill~1',
      'industrial-zones:fill~2',
      'industrial-zones:outline',
      'industrial-zones:outline~1',
      'industrial-zones:outline~2',
    ]);
    const outline2 = style.layers.find((layer) => layer.id === 'industrial-zones:outline~2');
    expect(outline2 && 'source' in outline2 && outline2.source).toBe('industrial-zones~2');
  });
});
