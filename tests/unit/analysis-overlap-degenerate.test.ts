import { readFileSync } from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { clipIntersection } from '../../src/core/analysis/clip-intersection.ts';
import { type OverlapRow, overlapBetween } from '../../src/core/analysis/index.ts';
import { runCheck } from '../../src/core/checks/run-check.ts';
import { geodesicAreaSquareMeters } from '../../src/core/geodesy/geodesic-area-square-meters.ts';

interface ExpectedPair {
  a_id: string;
  b_id: string;
  overlap_m2: number;
  share_of_a: number;
  share_of_b: number;
}

interface DegenerateCase {
  name: string;
  about: string;
  a: Feature[];
  b: Feature[];
  areas_m2: Record<string, number>;
  pairs: ExpectedPair[];
}

/**
 * Shared edges, holes and touches with GEOS's answer (shapely, measured by pyproj.Geod):
 * scripts/reference/make_overlap_degenerate_fixtures.py.
 */
const cases = JSON.parse(
  readFileSync(new URL('../fixtures/overlap-degenerate/cases.json', import.meta.url), 'utf8'),
) as DegenerateCase[];

/** Relative area error allowed against GEOS: the clip is exact, only the measuring differs. */
const RELATIVE = 1e-6;
const close = (actual: number, reference: number) =>
  Math.abs(actual - reference) <= Math.abs(reference) * RELATIVE;

/** What differs between the engine's rows and GEOS's pairs, as readable lines (empty: none). */
function differences(rows: readonly OverlapRow[], pairs: readonly ExpectedPair[]): string[] {
  const found = new Map(rows.map((row) => [`${row.aId} × ${row.bId}`, row]));
  const out: string[] = [];
  for (const pair of pairs) {
    const key = `${pair.a_id} × ${pair.b_id}`;
    const row = found.get(key);
    found.delete(key);
    if (!row) out.push(`${key}: missing (GEOS ${pair.overlap_m2} m²)`);
    else if (!close(row.overlapSquareMeters, pair.overlap_m2))
      out.push(`${key}: ${row.overlapSquareMeters} m², GEOS ${pair.overlap_m2} m²`);
    else if (!close(row.shareOfA, pair.share_of_a) || !close(row.shareOfB, pair.share_of_b))
      out.push(
        `${key}: shares ${row.shareOfA}, ${row.shareOfB}; GEOS ${pair.share_of_a}, ${pair.share_of_b}`,
      );
  }
  for (const [key, row] of found) out.push(`${key}: extra (${row.overlapSquareMeters} m²)`);
  return out;
}

const caseNamed = (name: string) => cases.find((c) => c.name === name) as DegenerateCase;

const swapped = (pairs: readonly ExpectedPair[]): ExpectedPair[] =>
  pairs.map((pair) => ({
    a_id: pair.b_id,
    b_id: pair.a_id,
    overlap_m2: pair.overlap_m2,
    share_of_a: pair.share_of_b,
    share_of_b: pair.share_of_a,
  }));

describe('overlap on degenerate geometry against GEOS', () => {
  it('counts a hole as a hole when a zone meets its exact copy (issue 6: 29.90 for 27.60 km²)', async () => {
    const issue = caseNamed('issue-identical-holed');
    const [row] = await overlapBetween(issue.a, issue.b);
    const zoneSquareMeters = issue.areas_m2.zone as number;
    expect(zoneSquareMeters / 1e6).toBeCloseTo(27.62, 2);
    expect(row?.overlapSquareMeters).toBeCloseTo(zoneSquareMeters, 0);
    expect(row?.shareOfA).toBeCloseTo(1, 9);
  });

  it('does not add the hole to a quarter sharing two shell edges (issue 6: +38 %)', async () => {
    const issue = caseNamed('issue-quarter-over-hole');
    const [row] = await overlapBetween(issue.a, issue.b);
    const quarterSquareMeters = issue.areas_m2.quarter as number;
    const holeSquareMeters = quarterSquareMeters - (issue.pairs[0]?.overlap_m2 as number);
    expect(holeSquareMeters / 1e6).toBeCloseTo(1.15, 2);
    expect(row?.overlapSquareMeters).toBeCloseTo(quarterSquareMeters - holeSquareMeters, 0);
    expect(row?.shareOfB).toBeLessThan(0.85);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: the pairs and areas GEOS finds, both ways round',
    async (_name, testCase) => {
      const rows = await overlapBetween(testCase.a, testCase.b);
      expect(differences(rows, testCase.pairs)).toEqual([]);
      const reversed = await overlapBetween(testCase.b, testCase.a);
      expect(differences(reversed, swapped(testCase.pairs))).toEqual([]);
    },
  );

  it('never finds a share above 1 on valid input', async () => {
    const shares: number[] = [];
    for (const testCase of cases) {
      for (const row of await overlapBetween(testCase.a, testCase.b)) {
        shares.push(row.shareOfA, row.shareOfB);
      }
    }
    expect(Math.max(...shares)).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('overlap when the clipper gives up or the input is invalid', () => {
  it('answers through the fallback clipper where polygon-clipping gives up (its issue #139)', () => {
    const testCase = caseNamed('near-coincident-vertices');
    const holed = ((testCase.a[0] as Feature).geometry as Polygon).coordinates;
    const clip = ((testCase.b[0] as Feature).geometry as Polygon).coordinates;
    expect(() => polygonClipping.intersection(holed as never, clip as never)).toThrow(/ring/);
    const shared = clipIntersection([clip], [holed], [holed]);
    const squareMeters = geodesicAreaSquareMeters({ type: 'MultiPolygon', coordinates: shared });
    expect(close(squareMeters, testCase.pairs[0]?.overlap_m2 as number)).toBe(true);
  });

  it('shows a share above 1 as it is: here a "hole" outside its shell (invalid input)', async () => {
    const shell = [
      [105.5, 21],
      [105.51, 21],
      [105.51, 21.01],
      [105.5, 21.01],
      [105.5, 21],
    ];
    const outside = [
      [105.52, 21],
      [105.52, 21.005],
      [105.525, 21.005],
      [105.525, 21],
      [105.52, 21],
    ];
    const zone: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [shell, outside] },
    };
    const copy: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [shell] },
    };
    const [row] = await overlapBetween([zone], [copy]);
    expect(row?.shareOfA).toBeGreaterThan(1.2);
    expect(row?.shareOfB).toBeCloseTo(1, 9);
  });
});

describe('the app’s overlap check on a zone and its copy', () => {
  it('measures the zone less its hole, like analyze', async () => {
    const issue = caseNamed('issue-identical-holed');
    const layers = {
      zones: { type: 'FeatureCollection' as const, features: issue.a },
      copies: { type: 'FeatureCollection' as const, features: issue.b },
    };
    const outcome = await runCheck(
      { kind: 'overlap', a: { layerId: 'zones' }, b: { layerId: 'copies' } },
      layers,
    );
    if (outcome.kind !== 'overlap') throw new Error('not an overlap outcome');
    expect(close(outcome.rows[0]?.overlapSquareMeters ?? 0, issue.pairs[0]?.overlap_m2 ?? 1)).toBe(
      true,
    );
  });
});
