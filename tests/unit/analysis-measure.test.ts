import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureFeature } from '../../src/core/analysis/index.ts';

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);
const features = (
  JSON.parse(readFileSync(new URL('measure.geojson', FIXTURES), 'utf8')) as FeatureCollection
).features;
/** pyproj.Geod (PROJ's C GeographicLib) results, from scripts/reference/make_analysis_fixtures.py. */
const expected = JSON.parse(
  readFileSync(new URL('measure-expected.json', FIXTURES), 'utf8'),
) as Record<string, { length_m: number; area_m2: number }>;

describe('measureFeature against pyproj.Geod', () => {
  it.each(features.map((feature) => [String(feature.id), feature] as const))(
    '%s: length to 1 mm, area to 1 part in a million',
    (id, feature: Feature) => {
      const measure = measureFeature(feature);
      const reference = expected[id] as { length_m: number; area_m2: number };
      expect(Math.abs(measure.lengthMeters - reference.length_m)).toBeLessThan(1e-3);
      expect(Math.abs(measure.areaSquareMeters - reference.area_m2)).toBeLessThanOrEqual(
        reference.area_m2 * 1e-6,
      );
    },
  );

  it('reports the geometry type, and zero for what a type does not have', () => {
    const point = features.find((feature) => feature.id === 'point') as Feature;
    expect(measureFeature(point)).toEqual({ type: 'Point', lengthMeters: 0, areaSquareMeters: 0 });
    const line = features.find((feature) => feature.id === 'long-line') as Feature;
    expect(measureFeature(line).type).toBe('LineString');
    expect(measureFeature(line).areaSquareMeters).toBe(0);
  });
});
