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
 * `npm run bench:clippers [-- --n 20000 --m 500 --seed 1 --repeats 3]`
 *
 * The overlap engine with each polygon clipper in its place: martinez-polygon-clipping (the
 * engine's clipper until the hole bug), polygon-clipping, polyclip-ts, and the engine's own
 * choice (polygon-clipping, polyclip-ts when it gives up). Correctness: every pair of the GEOS
 * fixtures (tests/fixtures/overlap-degenerate and tests/fixtures/analysis), both ways round,
 * relative area error against GEOS. Speed: the box-overlapping pairs of the N × M analysis
 * bench, each clipper on the same pairs in this process, taking turns (best of `repeats`;
 * polyclip-ts once, it is slow).
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
  const options: Options = { zones: 20_000, corridors: 500, seed: 1, repeats: 3 };
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

interface Timing {
  name: string;
  ms: number;
  total: number;
  throws: number;
}

/** One timed pass of a clipper over the pairs. */
function timePass(name: string, clip: PolygonClipper, pairs: readonly Pair[]): Timing {
  let total = 0;
  let throws = 0;
  const start = performance.now();
  for (const pair of pairs) {
    const squareMeters = sharedArea(pair, clip);
    if (squareMeters === null) throws++;
    else total += squareMeters;
  }
  return { name, ms: performance.now() - start, total, throws };
}

/**
 * The best pass of each clipper, the clippers taking turns within each round so that the
 * machine's load and the heap's state fall on all alike; polyclip-ts runs once, last.
 */
function speed(pairs: readonly Pair[], repeats: number): Timing[] {
  const best = new Map<string, Timing>();
  const keep = (t: Timing) => {
    const previous = best.get(t.name);
    if (!previous || t.ms < previous.ms) best.set(t.name, t);
  };
  for (let k = 0; k < repeats; k++) {
    for (const [name, clip] of Object.entries(CLIPPERS)) {
      if (name !== 'polyclip-ts') keep(timePass(name, clip, pairs));
    }
  }
  keep(timePass('polyclip-ts', CLIPPERS['polyclip-ts'] as PolygonClipper, pairs));
  return Object.keys(CLIPPERS).map((name) => best.get(name) as Timing);
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
  const results = speed(pairs, options.repeats);
  const baseline = results[0] as Timing;
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(44)} ${(r.ms / 1000).toFixed(2)} s  ${(r.ms / baseline.ms).toFixed(2)}× martinez  total ${(r.total / 1e6).toFixed(3)} km²  ${r.throws} threw`,
    );
  }
}

main();
