import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { parseEmbedParams } from '../../src/embed/embedParams.ts';

const shown = (search: string) =>
  Object.entries(parseEmbedParams(search, LAYERS).visible)
    .filter(([, visible]) => visible)
    .map(([id]) => id)
    .sort();

describe('embed parameters', () => {
  it('shows exactly the layers named in layers=, ignoring ids the registry does not know', () => {
    expect(shown('?layers=ring-road-5,boundaries,no-such-layer')).toEqual([
      'boundaries',
      'ring-road-5',
    ]);
  });

  it('shows each layer as by default when layers= is absent, and none when it is empty', () => {
    const byDefault = LAYERS.filter((layer) => layer.visibleByDefault).map((layer) => layer.id);
    expect(shown('')).toEqual(byDefault.sort());
    expect(shown('?layers=')).toEqual([]);
  });

  it('reads lang=en, and falls back to Vietnamese for anything else', () => {
    expect(parseEmbedParams('?lang=en', LAYERS).lang).toBe('en');
    expect(parseEmbedParams('?lang=fr', LAYERS).lang).toBe('vi');
    expect(parseEmbedParams('', LAYERS).lang).toBe('vi');
  });
});
