import { describe, expect, it } from 'vitest';
import { applyPatch, type Patch } from '../../src/core/document/index.ts';
import { content, point, startDocument } from './document-fixtures.ts';

/** A patch putting `count` features into layer `layer` (keys `${prefix}i`). */
function puts(layer: string, prefix: string, count: number, n = 1): Patch['put'] {
  return Array.from({ length: count }, (_, i) => ({
    layer,
    key: `${prefix}${i}`,
    feature: point(`${prefix}${i}`, i + n),
  }));
}

// An import of a 250,000-feature Shapefile is one patch: the write path must take it whole.
const LARGE = 250_000;

describe('a patch of a large import', () => {
  it('replaces every feature of a large layer, and undo gives them back', () => {
    const start = startDocument([LARGE]);
    const patch: Patch = { put: puts('L0', 'L0-f', LARGE, 7), delete: [] };
    const { doc, inverse } = applyPatch(start, patch);
    expect(doc.layers.get('L0')!.features.get('L0-f0')!.properties).toEqual({ n: 7 });
    expect(inverse.put).toHaveLength(LARGE);
    expect(content(applyPatch(doc, inverse).doc)).toEqual(content(start));
  });

  it('creates a large layer whose undo is the removal of the layer alone', () => {
    const start = startDocument([2]);
    const def = { id: 'user-1', name: 'large', geometryType: 'Point', color: '#4e79a7' } as const;
    const patch: Patch = {
      put: puts('user-1', 'big', LARGE),
      delete: [],
      layers: [{ op: 'create', def }],
    };
    const { doc, inverse } = applyPatch(start, patch);
    expect(doc.layers.get('user-1')!.order).toHaveLength(LARGE);
    expect(inverse).toEqual({
      put: [],
      delete: [],
      layers: [{ op: 'remove', id: 'user-1' }],
      base: { 'user-1': 2 },
    });
    expect(content(applyPatch(doc, inverse).doc)).toEqual(content(start));
  });

  it('still refuses a key put twice, or put and deleted, in one layer only', () => {
    const start = startDocument([3, 3]);
    const twice: Patch = { put: [...puts('L0', 'x', 2), ...puts('L0', 'x', 1)], delete: [] };
    expect(() => applyPatch(start, twice)).toThrow('puts feature "x0" in layer "L0" twice');
    const both: Patch = { put: puts('L1', 'L1-f', 1), delete: [{ layer: 'L1', key: 'L1-f0' }] };
    expect(() => applyPatch(start, both)).toThrow('both puts and deletes feature "L1-f0"');
    // The same key in two layers is two features: no clash.
    const apart: Patch = { put: [...puts('L0', 'y', 1), ...puts('L1', 'y', 1)], delete: [] };
    expect(() => applyPatch(start, apart)).not.toThrow();
    const elsewhere: Patch = {
      put: puts('L0', 'L1-f', 1),
      delete: [{ layer: 'L1', key: 'L1-f0' }],
    };
    expect(() => applyPatch(start, elsewhere)).not.toThrow();
  });
});
