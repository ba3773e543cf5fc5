import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { nearestBetween, overlapBetween } from '../src/core/analysis/index.ts';
import { type CsvComparison, compareOverlapCsv } from './analysis/compare-csv.ts';
import { generateCorridors, generateZones } from './analysis/generate.ts';
import { turfOverlap } from './analysis/turf-overlap.ts';

/**
 * `npm run bench:analysis [-- --n 2000 --m 500 --seed 7 --no-turf --no-shapely]`
 *
 * Generates N zones and M corridors over the region from a fixed seed, then times the overlap
 * analysis: the engine in this process, the Turf-only baseline in this process, and end to end
 * `giapranh analyze overlap` against GEOS through shapely (python3 + pyproj), each as a whole
 * process. Also times the nearest analysis. Prints times, ratios and whether results agree.
 */
interface BenchOptions {
  zones: number;
  corridors: number;
  seed: number;
  turf: boolean;
  shapely: boolean;
  repeats: number;
}

const OUT_DIR = '.bench/analysis';
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    zones: 20_000,
    corridors: 500,
    seed: 1,
    turf: true,
    shapely: true,
    repeats: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => Number(argv[++i]);
    if (arg === '--n') options.zones = next();
    else if (arg === '--m') options.corridors = next();
    else if (arg === '--seed') options.seed = next();
    else if (arg === '--repeats') options.repeats = next();
    else if (arg === '--no-turf') options.turf = false;
    else if (arg === '--no-shapely') options.shapely = false;
  }
  return options;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function timeSync<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** The best of `repeats` wall-clock runs of a whole process (the machine is shared). */
function timeProcess(
  command: string,
  args: readonly string[],
  outFile: string,
  repeats: number,
): number {
  let best = Infinity;
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    const run = spawnSync(command, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
    writeFileSync(outFile, run.stdout);
    best = Math.min(best, elapsed);
  }
  return best;
}

function describe(comparison: CsvComparison): string {
  const pairs =
    comparison.missing === 0 && comparison.extra === 0
      ? 'identical pairs'
      : `pairs differ (${comparison.missing} missing, ${comparison.extra} extra)`;
  return `${pairs}; worst area difference ${(comparison.worstRelative * 100).toPrecision(3)} % (${comparison.worstAbsoluteSquareMeters.toPrecision(3)} m²), ${comparison.beyondTolerance} beyond 0.01 % + 0.001 m²`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  const zonesFile = join(OUT_DIR, `zones-${options.zones}-${options.seed}.geojson`);
  const corridorsFile = join(OUT_DIR, `corridors-${options.corridors}-${options.seed}.geojson`);
  const zones = generateZones(options.zones, options.seed);
  const corridors = generateCorridors(options.corridors, options.seed + 1000);
  writeFileSync(zonesFile, JSON.stringify(zones));
  writeFileSync(corridorsFile, JSON.stringify(corridors));
  console.log(
    `${options.zones} zones, ${options.corridors} corridors (seed ${options.seed}) in ${OUT_DIR}/`,
  );
  console.log(
    `machine: ${execFileSync('nproc').toString().trim()} cores, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
  );

  const [engineRows, engineMs] = await timeAsync(() =>
    overlapBetween(zones.features, corridors.features),
  );
  console.log(
    `overlap, engine in-process (1 thread):   ${seconds(engineMs)}  ${engineRows.length} pairs`,
  );
  let turfMs = Number.NaN;
  if (options.turf) {
    const [turfRows, ms] = timeSync(() =>
      turfOverlap(zones.features as Feature<Polygon | MultiPolygon>[], corridors.features),
    );
    turfMs = ms;
    const turfCsv = [
      'a_id,b_id,overlap_m2',
      ...turfRows.map((r) => `${r.aId},${r.bId},${r.overlapSquareMeters}`),
    ].join('\n');
    const engineCsv = [
      'a_id,b_id,overlap_m2',
      ...engineRows.map((r) => `${r.aId},${r.bId},${r.overlapSquareMeters}`),
    ].join('\n');
    const versus = compareOverlapCsv(engineCsv, turfCsv);
    console.log(
      `overlap, Turf baseline in-process:        ${seconds(turfMs)}  ${turfRows.length} pairs`,
    );
    console.log(
      `  engine is ${(turfMs / engineMs).toFixed(1)}× faster than Turf; vs Turf: ${describe(versus)}`,
    );
  }

  const cliOut = join(OUT_DIR, 'overlap-giapranh.csv');
  const cliArgs = [
    'bin/giapranh.js',
    'analyze',
    'overlap',
    '--a',
    zonesFile,
    '--b',
    corridorsFile,
    '--format',
    'csv',
  ];
  const cliMs = timeProcess(process.execPath, cliArgs, cliOut, options.repeats);
  console.log(
    `\noverlap, giapranh CLI end to end:         ${seconds(cliMs)}  (best of ${options.repeats})`,
  );
  if (options.turf)
    console.log(
      `  CLI end to end is ${(turfMs / cliMs).toFixed(1)}× faster than the Turf baseline`,
    );
  if (options.shapely) {
    const shapelyOut = join(OUT_DIR, 'overlap-shapely.csv');
    const shapelyArgs = [
      '-W',
      'ignore',
      'bench/analysis/shapely_overlap.py',
      zonesFile,
      corridorsFile,
    ];
    const shapelyMs = timeProcess(PYTHON, shapelyArgs, shapelyOut, options.repeats);
    const versus = compareOverlapCsv(
      readFileSync(cliOut, 'utf8'),
      readFileSync(shapelyOut, 'utf8'),
    );
    console.log(
      `overlap, shapely/GEOS + pyproj end to end: ${seconds(shapelyMs)}  (best of ${options.repeats})`,
    );
    console.log(
      `  giapranh/shapely time ratio ${(cliMs / shapelyMs).toFixed(2)}; vs GEOS: ${describe(versus)}`,
    );
  }

  const [nearestRows, nearestMs] = await timeAsync(() =>
    nearestBetween(zones.features, corridors.features),
  );
  const touching = nearestRows.filter((row) => row.distanceMeters === 0).length;
  console.log(
    `\nnearest, engine in-process (1 thread):   ${seconds(nearestMs)}  ${nearestRows.length} rows, ${touching} touching`,
  );
  const nearestArgs = [
    'bin/giapranh.js',
    'analyze',
    'nearest',
    '--from',
    zonesFile,
    '--to',
    corridorsFile,
  ];
  const nearestCliMs = timeProcess(
    process.execPath,
    nearestArgs,
    join(OUT_DIR, 'nearest-giapranh.csv'),
    options.repeats,
  );
  console.log(
    `nearest, giapranh CLI end to end:         ${seconds(nearestCliMs)}  (best of ${options.repeats})`,
  );
}

await main();
