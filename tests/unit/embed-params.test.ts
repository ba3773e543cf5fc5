import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { parseViewParams } from '../../src/core/url/view-params.ts';

const shown = (search: string) =>
  Object.entries(parseViewParams(search, LAYERS).visible)
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
    expect(parseViewParams('?lang=en', LAYERS).lang).toBe('en');
    expect(parseViewParams('?lang=fr', LAYERS).lang).toBe('vi');
    expect(parseViewParams('', LAYERS).lang).toBe('vi');
  });
});
