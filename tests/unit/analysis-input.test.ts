import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  AnalysisInputError,
  checkAnalysisFeatures,
  measureFeature,
  readAnalysisInput,
} from '../../src/core/analysis/index.ts';

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);
const text = readFileSync(new URL('validity.geojson', FIXTURES), 'utf8');
const collection = JSON.parse(text) as FeatureCollection;
/** GEOS's verdicts and pyproj's measures: scripts/reference/make_analysis_validity_fixtures.py. */
const expected = JSON.parse(
  readFileSync(new URL('validity-expected.json', FIXTURES), 'utf8'),
) as Record<string, { valid: boolean; by: string; area_m2?: number; length_m?: number }>;

const ids = (valid: boolean) =>
  Object.entries(expected)
    .filter(([, entry]) => entry.valid === valid)
    .map(([id]) => id);

const checked = checkAnalysisFeatures(collection, { requirement: 'any' });
const skippedById = new Map(checked.skipped.map((skipped) => [skipped.id, skipped]));

describe('checkAnalysisFeatures: the validator decides what is analysed, as GEOS would', () => {
  it.each(ids(true))('keeps the valid %s and measures it as pyproj does', (id) => {
    expect(skippedById.has(id)).toBe(false);
    const index = collection.features.findIndex((feature) => feature.id === id);
    const measure = measureFeature(checked.features[index] as Feature);
    const reference = expected[id] as { length_m: number; area_m2: number };
    expect(Math.abs(measure.lengthMeters - reference.length_m)).toBeLessThan(1e-3);
    expect(Math.abs(measure.areaSquareMeters - reference.area_m2)).toBeLessThan(1);
  });

  it.each(ids(false))(
    'leaves out the invalid %s, saying why, and measures nothing for it',
    (id) => {
      const skipped = skippedById.get(id);
      expect(skipped?.reason).toBe('invalid');
      expect(skipped?.problems[0]?.message).toMatch(/\w/);
      const index = collection.features.findIndex((feature) => feature.id === id);
      expect(skipped?.index).toBe(index);
      // The stand-in keeps the index (so ids and `#index` stay the file's) but has no geometry.
      expect(checked.features[index]?.geometry).toBeNull();
      expect(checked.skippedIndices.has(index)).toBe(true);
    },
  );
  it('names the rule each invalid feature breaks', () => {
    expect(skippedById.get('bow-tie')?.problems[0]?.code).toBe('ring-self-intersection');
    expect(skippedById.get('unclosed-ring')?.problems[0]).toMatchObject({
      code: 'ring-not-closed',
      path: 'geometry.coordinates[0]',
    });
    expect(skippedById.get('one-position-line')?.problems[0]?.code).toBe('line-too-few-positions');
    // GEOS: "Self-intersection" for all three; measured as written they gave 38 m² for a
    // crossing hole (GEOS ~862,000 m²) and double-counted the shared area of the parts.
    expect(skippedById.get('hole-crossing-shell')?.problems[0]?.code).toBe('hole-crosses-shell');
    expect(skippedById.get('overlapping-parts')?.problems[0]?.code).toBe(
      'multipolygon-parts-overlap',
    );
    expect(skippedById.get('duplicated-parts')?.problems[0]?.code).toBe(
      'multipolygon-parts-overlap',
    );
  });

  it('with polygons required, leaves out lines and points as not applicable', () => {
    const polygons = checkAnalysisFeatures(collection, { requirement: 'polygons' });
    const line = polygons.skipped.find((skipped) => skipped.id === 'valid-line');
    expect(line).toMatchObject({ reason: 'not-applicable', problems: [{ code: 'not-polygon' }] });
    expect(polygons.skipped.find((skipped) => skipped.id === 'valid-square')).toBeUndefined();
  });

  it('leaves out the second of two features with the same id, so rows are never ambiguous', () => {
    const twice = checkAnalysisFeatures(
      { type: 'FeatureCollection', features: [collection.features[0], collection.features[0]] },
      { requirement: 'any' },
    );
    expect(twice.skipped.map((skipped) => [skipped.index, skipped.problems[0]?.code])).toEqual([
      [1, 'duplicate-id'],
    ]);
  });

  it('analyses files far from the region: the numbers are right anywhere on Earth', () => {
    const paris: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [2.35, 48.85] },
    };
    const far = checkAnalysisFeatures(paris, { requirement: 'any' });
    expect(far.skipped).toEqual([]);
  });

  it('leaves out a feature nested too deep to write back, instead of crashing the output', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const feature: Feature = {
      type: 'Feature',
      properties: { deep },
      geometry: { type: 'Point', coordinates: [105.6, 21.2] },
    };
    const result = checkAnalysisFeatures(feature, { requirement: 'any' });
    expect(result.skipped[0]?.problems[0]?.code).toBe('nesting-too-deep');
    expect(() => JSON.stringify(result.features[0]?.geometry)).not.toThrow();
  });

  it('refuses the whole input only when the document itself is wrong', () => {
    expect(() =>
      checkAnalysisFeatures({ type: 'FeatureCollection' }, { requirement: 'any' }),
    ).toThrow(AnalysisInputError);
    expect(() => checkAnalysisFeatures({ type: 'Topology' }, { requirement: 'any' })).toThrow(
      /FeatureCollection, Feature or geometry/,
    );
  });
});

describe('readAnalysisInput: a file read as the validator and the app read it', () => {
  it('accepts a BOM, a bare geometry and 4-number positions, as `giapranh validate` does', () => {
    const bare = '\uFEFF{"type":"LineString","coordinates":[[105.6,21.2,0,7],[105.61,21.2,0,8]]}';
    const input = readAnalysisInput(bare, { requirement: 'any' });
    expect(input.skipped).toEqual([]);
    expect(input.features).toHaveLength(1);
    expect(measureFeature(input.features[0] as Feature).lengthMeters).toBeGreaterThan(1000);
  });

  it('converts VN-2000 degrees (EPSG:4756) by the crs member, ~220 m, like the import', () => {
    // geo-facts §7: VN-2000 geographic [105.59481, 21.31098] is WGS 84 [105.59670, 21.31000].
    const vn2000 = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4756' } },
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [105.59481, 21.31098] },
        },
      ],
    });
    const input = readAnalysisInput(vn2000, { requirement: 'any' });
    expect(input.sourceCrs).toBe('EPSG:4756');
    const point = input.features[0]?.geometry as { coordinates: number[] };
    const [lon, lat] = point.coordinates;
    expect(lon).toBeCloseTo(105.5967, 4);
    expect(lat).toBeCloseTo(21.31, 4);
  });

  it('says where broken JSON breaks', () => {
    expect(() =>
      readAnalysisInput('{"type": "FeatureCollection",\n "features": [}', {
        requirement: 'any',
      }),
    ).toThrow(/line 2, column 15/);
  });
});
