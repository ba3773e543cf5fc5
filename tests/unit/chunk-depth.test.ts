import { describe, expect, it } from 'vitest';
import { chunkDepthFor, chunkOfEach } from '../../src/core/geometry/layerChunking.ts';
import { mapReadyChunks } from '../../src/core/import/map-ready-text.ts';
import { LayerChunks } from '../../src/map/chunks/layerChunks.ts';
import { squareZone } from './support/squareZone.ts';

/** `count` 0.0005° zones in rows of 600, as a large imported file brings them. */
function zones(count: number): GeoJSON.Feature[] {
  return Array.from({ length: count }, (_, i) =>
    squareZone(`z${i}`, 105.3 + (i % 600) * 0.001, 21 + Math.floor(i / 600) * 0.001, 0.0005),
  );
}

describe('how many chunks a large layer is cut into', () => {
  it('16 up to 128,000 features, then twice as many each time the layer doubles, at most 64', () => {
    expect(1 << chunkDepthFor(10_000)).toBe(16);
    expect(1 << chunkDepthFor(128_000)).toBe(16);
    expect(1 << chunkDepthFor(190_991)).toBe(32);
    expect(1 << chunkDepthFor(360_676)).toBe(64);
    expect(1 << chunkDepthFor(5_000_000)).toBe(64);
  });

  it('keeps a chunk of a 200,000-feature layer under 8,000 features', () => {
    const { count, chunkOf } = chunkOfEach(zones(200_000));
    expect(count).toBe(32);
    const sizes = new Array<number>(count).fill(0);
    for (const chunk of chunkOf) sizes[chunk]!++;
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8000);
  });

  it('a layer the import worker cut deeper goes on from that cut at its first edit', () => {
    const features = zones(140_000);
    const { texts, splits } = mapReadyChunks(features);
    expect(texts).toHaveLength(32);
    const chunks = new LayerChunks({ splits, features });
    expect(chunks.count).toBe(32);
    const next = [...features];
    next[777] = { ...features[777]!, properties: { name: 'renamed' } };
    expect(chunks.update({ type: 'FeatureCollection', features: next })).toHaveLength(1);
  });

  it('the map cuts a layer that grew large as deep as the worker would', () => {
    const chunks = new LayerChunks();
    expect(chunks.update({ type: 'FeatureCollection', features: zones(140_000) })).toHaveLength(32);
    expect(chunks.count).toBe(32);
  });
});
