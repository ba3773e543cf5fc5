import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateObject } from '../../src/core/validate/validate.ts';

/**
 * Our OGC polygon checks against GEOS on 900 random Polygons and MultiPolygons drawn on a coarse
 * integer grid, where holes and parts touch, share edges, cross, nest and lie outside all the
 * time: scripts/reference/make_validity_fixtures.py wrote GEOS's verdicts.
 */
const DIRECTORY = join(import.meta.dirname, '..', 'fixtures', 'validity');
const collection = JSON.parse(readFileSync(join(DIRECTORY, 'grid-polygons.geojson'), 'utf8')) as {
  features: Array<{ id: string; geometry: unknown }>;
};
const expected = JSON.parse(readFileSync(join(DIRECTORY, 'grid-expected.json'), 'utf8')) as Record<
  string,
  { valid: boolean; reason: string }
>;

describe('polygon validity agrees with GEOS', () => {
  it('on every grid polygon', () => {
    const disagreements: string[] = [];
    for (const feature of collection.features) {
      const result = validateObject(
        { type: 'FeatureCollection', features: [{ ...feature, type: 'Feature', properties: {} }] },
        { fileName: 'grid', layer: null, region: 'none' },
      );
      if (result.ok === expected[feature.id]!.valid) continue;
      const ours = result.findings.map((finding) => finding.code).join(', ') || 'valid';
      disagreements.push(`${feature.id}: GEOS ${expected[feature.id]!.reason}, we say ${ours}`);
    }
    expect(disagreements).toEqual([]);
    expect(collection.features).toHaveLength(900);
  });
});
