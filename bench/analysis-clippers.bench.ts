import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Flatbush from 'flatbush';
import type { Feature, Position } from 'geojson';
import * as martinez from 'martinez-polygon-clipping';
import * as polyclip from 'polyclip-ts';
import polygonClipping from 'polygon-clipping';
import { clipIntersection, type PolygonClipper } from '../src/core/analysis/clip-intersection.ts';
import { type BoxedPolygons, intersectPolygons } from '../src/core/analysis/intersect-polygons.ts';
import { boxedParts } from '../src/core/analysis/overlap-between.ts';
import { geodesicAreaSquareMeters } from '../src/core/geodesy/geodesic-area-square-meters.ts';
import { generateCorridors, generateZones } from './analysis/generate.ts';

/**
 * `npm run bench:clippers [-- --n 20000 --m 500 --seed 1 --repeats 2]`
 *
 * The overlap engine with each polygon clipper in its place: martinez-polygon-clipping (the
 * engine's clipper until the hole bug), polygon-clipping, polyclip-ts, and the engine's own
 * choice (polygon-clipping, polyclip-ts when it gives up). Correctness: every pair of the GEOS
 * fixtures (tests/fixtures/overlap-degenerate and tests/fixtures/analysis), both ways round,
 * relative area error against GEOS. Speed: the box-overlapping pairs of the N × M analysis bench, each
 * clipper on the same pairs in this process (best of `repeats`; polyclip-ts once, it is slow).
 */
interface Options {
  zones: number;
  corridors: number;
  seed: number;
  repeats: number;
}

const CLIPPERS: Record<string, PolygonClipper> = {
  martinez: (first, second) =>
    (martinez.intersection(
      first as martinez.MultiPolygon,
      second as martinez.MultiPolygon,
    ) as Position[][][]) ?? [],
  'polygon-clipping': (first, second) =>
    polygonClipping.intersection(first as never, second as never),
  'polyclip-ts': (first, second) => polyclip.intersection(first as never, second as never),
  'engine (polygon-clipping, then polyclip-ts)': clipIntersection,
};

/** Relative error above which a fixture pair counts as wrong (the brief's bar). */
const RELATIVE = 1e-6;

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { zones: 20_000, corridors: 500, seed: 1, repeats: 2 };
  for (let i = 0; i < argv.length; i++) {
    const next = () => Number(argv[++i]);
    if (argv[i] === '--n') options.zones = next();
    else if (argv[i] === '--m') options.corridors = next();
    else if (argv[i] === '--seed') options.seed = next();
    else if (argv[i] === '--repeats') options.repeats = next();
  }
  return options;
}

interface Pair {
  a: BoxedPolygons;
  b: BoxedPolygons;
}

/** The shared area of a pair with one clipper, or null when it throws. */
function sharedArea(pair: Pair, clip: PolygonClipper): number | null {
  try {
    const shared = intersectPolygons(pair.a, pair.b, clip);
    if (shared.kind === 'none') return 0;
    const polygons =
      shared.kind === 'clipped'
        ? shared.polygons
        : (shared.kind === 'first' ? pair.a : pair.b).polygons;
    return geodesicAreaSquareMeters({ type: 'MultiPolygon', coordinates: polygons });
  } catch {
    return null;
  }
}

interface FixturePair extends Pair {
  squareMeters: number;
}

/** Every pair of A × B in a fixture set, both ways round, with GEOS's area (0: none). */
function fixturePairs(
  a: readonly Feature[],
  b: readonly Feature[],
  expected: readonly { a_id: string; b_id: string; overlap_m2: number }[],
): FixturePair[] {
  const geos = new Map(expected.map((p) => [`${p.a_id} × ${p.b_id}`, p.overlap_m2]));
  const pairs: FixturePair[] = [];
  a.forEach((aFeature, i) => {
    b.forEach((bFeature, j) => {
      const aParts = boxedParts(aFeature);
      const bParts = boxedParts(bFeature);
      if (!aParts || !bParts) return;
      const key = `${aFeature.id ?? String(i)} × ${bFeature.id ?? String(j)}`;
      const squareMeters = geos.get(key) ?? 0;
      pairs.push({ a: aParts, b: bParts, squareMeters }, { a: bParts, b: aParts, squareMeters });
    });
  });
  return pairs;
}

function loadFixtures(): FixturePair[] {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const pairs: FixturePair[] = [];
  for (const c of read('tests/fixtures/overlap-degenerate/cases.json')) {
    pairs.push(...fixturePairs(c.a, c.b, c.pairs));
  }
  pairs.push(
    ...fixturePairs(
      read('tests/fixtures/analysis/overlap-a.geojson').features,
      read('tests/fixtures/analysis/overlap-b.geojson').features,
      read('tests/fixtures/analysis/overlap-expected.json'),
    ),
  );
  return pairs;
}

function correctness(name: string, clip: PolygonClipper, pairs: readonly FixturePair[]): void {
  let wrong = 0;
  let throws = 0;
  let worst = 0;
  for (const pair of pairs) {
    const squareMeters = sharedArea(pair, clip);
    if (squareMeters === null) {
      throws++;
      continue;
    }
    const error =
      pair.squareMeters > 0
        ? Math.abs(squareMeters - pair.squareMeters) / pair.squareMeters
        : squareMeters > 0
          ? Number.POSITIVE_INFINITY
          : 0;
    if (error > RELATIVE) wrong++;
    if (Number.isFinite(error)) worst = Math.max(worst, error);
  }
  console.log(
    `  ${name.padEnd(44)} ${String(wrong).padStart(3)} wrong, ${throws} threw, worst finite error ${worst.toExponential(2)}`,
  );
}

/** The box-overlapping (zone, corridor) pairs of the analysis bench. */
function benchPairs(options: Options): Pair[] {
  const zones = generateZones(options.zones, options.seed).features.map(boxedParts);
  const corridors = generateCorridors(options.corridors, options.seed + 1000).features.map(
    boxedParts,
  );
  const index = new Flatbush(corridors.length);
  for (const c of corridors)
    index.add(...((c as BoxedPolygons).box as [number, number, number, number]));
  index.finish();
  const pairs: Pair[] = [];
  for (const zone of zones) {
    const z = zone as BoxedPolygons;
    for (const j of index.search(...(z.box as [number, number, number, number]))) {
      pairs.push({ a: z, b: corridors[j] as BoxedPolygons });
    }
  }
  return pairs;
}

function speed(name: string, clip: PolygonClipper, pairs: readonly Pair[], repeats: number) {
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  let throws = 0;
  for (let k = 0; k < repeats; k++) {
    total = 0;
    throws = 0;
    const start = performance.now();
    for (const pair of pairs) {
      const squareMeters = sharedArea(pair, clip);
      if (squareMeters === null) throws++;
      else total += squareMeters;
    }
    best = Math.min(best, performance.now() - start);
  }
  return { name, ms: best, total, throws };
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  console.log(
    `machine: ${execFileSync('nproc').toString().trim()} cores, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  const fixtures = loadFixtures();
  console.log(
    `\ncorrectness: ${fixtures.length} fixture pairs against GEOS (wrong: > ${RELATIVE} relative, or area GEOS does not find)`,
  );
  for (const [name, clip] of Object.entries(CLIPPERS)) correctness(name, clip, fixtures);

  const pairs = benchPairs(options);
  console.log(
    `\nspeed: ${pairs.length} box-overlapping pairs of ${options.zones} zones × ${options.corridors} corridors (seed ${options.seed})`,
  );
  const results = Object.entries(CLIPPERS).map(([name, clip]) =>
    speed(name, clip, pairs, name === 'polyclip-ts' ? 1 : options.repeats),
  );
  const baseline = results[0] as { ms: number; total: number };
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(44)} ${(r.ms / 1000).toFixed(2)} s  ${(r.ms / baseline.ms).toFixed(2)}× martinez  total ${(r.total / 1e6).toFixed(3)} km²  ${r.throws} threw`,
    );
  }
}

main();
