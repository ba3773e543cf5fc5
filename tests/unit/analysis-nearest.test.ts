import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceMeters, nearestBetween } from '../../src/core/analysis/index.ts';

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);
const read = <T>(name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
const from = read<FeatureCollection>('nearest-from.geojson').features;
const to = read<FeatureCollection>('nearest-to.geojson').features;
/**
 * The nearest feature and the true ellipsoidal distance, found by golden-section search along
 * every candidate geodesic edge with pyproj.Geod: scripts/reference/make_analysis_fixtures.py.
 */
const expected =
  read<Record<string, { to_id: string; distance_m: number }>>('nearest-expected.json');

describe('nearestBetween against an independent ellipsoidal search', async () => {
  const rows = await nearestBetween(from, to);

  it.each(from.map((feature) => String(feature.id)))(
    '%s: the same nearest feature, within 1 m',
    (id) => {
      const row = rows.find((candidate) => candidate.fromId === id);
      const reference = expected[id] as { to_id: string; distance_m: number };
      expect(row?.toId).toBe(reference.to_id);
      expect(Math.abs((row?.distanceMeters ?? Infinity) - reference.distance_m)).toBeLessThan(1);
    },
  );

  it('covers distances from touching (0 m) to about 100 km', () => {
    const distances = Object.values(expected).map((reference) => reference.distance_m);
    expect(Math.min(...distances)).toBe(0);
    expect(Math.max(...distances)).toBeGreaterThan(50_000);
  });

  it('returns the two closest points, as far apart as the distance', () => {
    for (const row of rows) {
      if (!row.from || !row.to || row.distanceMeters === null) continue;
      expect(Math.abs(geodesicDistanceMeters(row.from, row.to) - row.distanceMeters)).toBeLessThan(
        1e-3,
      );
    }
  });
});

describe('nearestBetween edge cases', () => {
  it('gives no nearest feature when there is nothing to measure to', async () => {
    const [row] = await nearestBetween(from.slice(0, 1), []);
    expect(row?.toId).toBeNull();
    expect(row?.distanceMeters).toBeNull();
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(nearestBetween(from, to, { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
