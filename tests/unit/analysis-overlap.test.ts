import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type OverlapRow, overlapBetween } from '../../src/core/analysis/index.ts';

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);
const read = <T>(name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
const a = read<FeatureCollection>('overlap-a.geojson').features;
const b = read<FeatureCollection>('overlap-b.geojson').features;

interface ExpectedPair {
  a_id: string;
  b_id: string;
  overlap_m2: number;
  share_of_a: number;
  share_of_b: number;
}
/** GEOS (shapely) intersections measured by pyproj.Geod: scripts/reference/make_analysis_fixtures.py. */
const expected = read<ExpectedPair[]>('overlap-expected.json');

const key = (aId: string, bId: string) => `${aId} × ${bId}`;

/**
 * 0.01 % of the area, plus 0.001 m²: the floor below which two implementations of
 * GeographicLib's polygon area (JavaScript here, C in PROJ) disagree for polygons at this
 * latitude, which only matters for slivers of a few square metres.
 */
const within = (actual: number, reference: number) =>
  Math.abs(actual - reference) <= reference * 1e-4 + 1e-3;

describe('overlapBetween against GEOS', async () => {
  const rows = await overlapBetween(a, b);
  const byPair = new Map(rows.map((row) => [key(row.aId, row.bId), row]));

  it('finds exactly the pairs GEOS finds sharing area', () => {
    expect([...byPair.keys()].sort()).toEqual(
      expected.map((pair) => key(pair.a_id, pair.b_id)).sort(),
    );
  });

  it('measures every shared area within 0.01 % of GEOS’s intersection on the ellipsoid', () => {
    const off = expected.filter((pair) => {
      const row = byPair.get(key(pair.a_id, pair.b_id));
      return !row || !within(row.overlapSquareMeters, pair.overlap_m2);
    });
    expect(off).toEqual([]);
  });

  it('gives each pair its share of A and of B (fractions 0–1)', () => {
    for (const pair of expected) {
      const row = byPair.get(key(pair.a_id, pair.b_id)) as OverlapRow;
      expect(Math.abs(row.shareOfA - pair.share_of_a)).toBeLessThanOrEqual(
        pair.share_of_a * 1e-4 + 1e-9,
      );
      expect(Math.abs(row.shareOfB - pair.share_of_b)).toBeLessThanOrEqual(
        pair.share_of_b * 1e-4 + 1e-9,
      );
    }
  });

  it('leaves out polygons that only share an edge or a corner', () => {
    expect(byPair.has(key('edge-a', 'edge-b'))).toBe(false);
    expect(byPair.has(key('vertex-a', 'vertex-b'))).toBe(false);
  });

  it('shares all of a polygon lying inside another, and nothing of one in a hole', () => {
    expect(byPair.get(key('inside-a', 'around-inside-a'))?.shareOfA).toBe(1);
    expect(byPair.has(key('holed-a', 'in-hole-b'))).toBe(false);
    expect(byPair.get(key('holed-a', 'across-hole-b'))?.shareOfB).toBeLessThan(1);
  });

  it('shares all of both for identical polygons', () => {
    const same = byPair.get(key('same-a', 'same-b')) as OverlapRow;
    expect(same.shareOfA).toBeCloseTo(1, 9);
    expect(same.shareOfB).toBeCloseTo(1, 9);
  });

  it('names a feature without an id "#" and its index', () => {
    const unnamed = `#${a.length - 1}`;
    expect(expected.some((pair) => pair.a_id === unnamed)).toBe(true);
    expect(rows.some((row) => row.aId === unnamed)).toBe(true);
  });
});

describe('overlapBetween progress and cancelling', () => {
  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await overlapBetween(a, b, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(overlapBetween(a, b, { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
