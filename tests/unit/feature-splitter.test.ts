import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureSplitter } from '../../src/cli/io/feature-splitter.ts';

/** Feeds `text` in chunks cut at `cuts` (byte offsets) and returns what came out. */
function split(text: string, cuts: readonly number[] = []) {
  const bytes = Buffer.from(text);
  const splitter = new FeatureSplitter();
  const elements: unknown[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(bytes.length)) {
    for (const element of splitter.push(bytes.subarray(from, cut))) {
      elements.push(JSON.parse(element));
    }
    from = cut;
  }
  return { elements, skeleton: splitter.skeletonText(), sawFeatures: splitter.finish() };
}

const TRICKY = JSON.stringify({
  type: 'FeatureCollection',
  name: 'a "features": [1, 2] trap, with {braces} and \\ escapes',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: [
    { type: 'Feature', id: 'a]', properties: { note: 'x\\"],{' }, geometry: null },
    {
      type: 'Feature',
      properties: { features: [1, [2]] },
      geometry: { type: 'Point', coordinates: [105.5, 21.1] },
    },
    { type: 'Feature', properties: { name: 'Hà Nội' }, geometry: null },
  ],
  bbox: [105, 21, 106, 22],
});

describe('FeatureSplitter', () => {
  it('gives each feature and the document without them', () => {
    const { elements, skeleton, sawFeatures } = split(TRICKY);
    expect(elements).toEqual(JSON.parse(TRICKY).features);
    expect(sawFeatures).toBe(true);
    expect(JSON.parse(skeleton)).toEqual({ ...JSON.parse(TRICKY), features: [] });
  });

  it('gives the same whatever the chunk boundaries (inside strings, escapes, UTF-8)', () => {
    const length = Buffer.byteLength(TRICKY);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: length }), { maxLength: 12 }), (cuts) => {
        const { elements, skeleton } = split(TRICKY, cuts);
        expect(elements).toEqual(JSON.parse(TRICKY).features);
        expect(JSON.parse(skeleton)).toEqual({ ...JSON.parse(TRICKY), features: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('handles whitespace, an empty array and pretty-printing', () => {
    const pretty = JSON.stringify(JSON.parse(TRICKY), null, 2);
    expect(split(pretty, [1, 50, 51, 200]).elements).toEqual(JSON.parse(TRICKY).features);
    const empty = split('{ "type": "FeatureCollection", "features": [ ] }');
    expect(empty.elements).toEqual([]);
    expect(empty.sawFeatures).toBe(true);
  });

  it('notices an empty place in the features array, which no element text shows', () => {
    const emptyPlace = (features: string) => {
      const splitter = new FeatureSplitter();
      splitter.push(Buffer.from(`{"type":"FeatureCollection","features":${features}}`));
      return !splitter.finish();
    };
    for (const broken of ['[1,,2]', '[1,]', '[,1]', '[ , ]', '[1 , \n]']) {
      expect([broken, emptyPlace(broken)]).toEqual([broken, true]);
    }
    for (const fine of ['[]', '[ ]', '[1,2]', '[ {"a":[1,,]} ]', '["x,,"]']) {
      expect([fine, emptyPlace(fine)]).toEqual([fine, false]);
    }
  });

  it('leaves a lone Feature whole in the skeleton', () => {
    const feature = '{"type":"Feature","properties":{"features":[1]},"geometry":null}';
    const { elements, skeleton, sawFeatures } = split(feature, [5, 30]);
    expect(elements).toEqual([]);
    expect(sawFeatures).toBe(false);
    expect(skeleton).toBe(feature);
  });
});
