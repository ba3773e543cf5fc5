import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateZones } from './analysis/generate.ts';
import { measureOtherShapes } from './cli/other-shapes.ts';
import { runMeasured, startSeconds } from './cli/run-measured.ts';
import { compareValidatePaths } from './cli/validate-paths.ts';
import { DEFAULT_GENERATE, generateCollection } from './validate/generate-collection.ts';
import { median } from './validate/measure-process.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.bench', 'cli');
/** ~1,160 bytes a feature: 260,000 polygons make ~300 MB. */
const MEGABYTES = Number(process.env.BENCH_CLI_MB ?? 300);
const FEATURES = Math.round((MEGABYTES * 260_000) / 300);
const BIG = join(DIR, `parcels-${FEATURES}.geojson`);
const ZONES = join(DIR, 'zones-500.geojson');
/** Where `convert` writes (a file: its format comes from the extension), removed after. */
const CONVERTED = join(DIR, 'converted.csv');
const START_ROUNDS = 15;
const MEMORY_TARGET = 3;
const START_TARGET = 2;
/** UTF-16, GeoJSONSeq and one-Feature files of about this size (UTF-16: twice). */
const SHAPES_MB = Number(process.env.BENCH_SHAPES_MB ?? 100);
/** `BENCH_CLI_ONLY=measure,buffer` runs only those; `shapes` names the other file shapes. */
const ONLY = process.env.BENCH_CLI_ONLY?.split(',');

/** Buffer distance: about a road's reserve; the parcels are 200 m to 1.3 km across. */
const BUFFER_METERS = 20;

const SUBCOMMANDS: Record<string, string[]> = {
  validate: ['validate', BIG, '--format', 'json'],
  measure: ['analyze', 'measure', BIG],
  nearest: ['analyze', 'nearest', '--from', BIG, '--to', ZONES],
  overlap: ['analyze', 'overlap', '--a', BIG, '--b', ZONES],
  buffer: ['analyze', 'buffer', BIG, '--distance', String(BUFFER_METERS)],
  convert: ['convert', BIG, CONVERTED],
};

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(BIG)) {
    console.log(`Generating ${BIG} (fixed seed)…`);
    await generateCollection(BIG, { ...DEFAULT_GENERATE, featureCount: FEATURES });
  }
  writeFileSync(ZONES, JSON.stringify(generateZones(500, 7)));
  startTimes();
  memory();
  if (!ONLY || ONLY.includes('validate')) compareValidatePaths(BIG, ROOT);
  if (!ONLY || ONLY.includes('shapes')) await measureOtherShapes(DIR, ROOT, SHAPES_MB);
}

/** Start-up of the command as the README calls it, against a bare node, interleaved. */
function startTimes(): void {
  startSeconds(['bin/giapranh.js', '--version'], ROOT); // builds the bundle if it is stale
  const bare: number[] = [];
  const help: number[] = [];
  const tsx: number[] = [];
  for (let round = 0; round < START_ROUNDS; round++) {
    bare.push(startSeconds(['-e', '0'], ROOT));
    help.push(startSeconds(['bin/giapranh.js', '--help'], ROOT));
    if (round < 5)
      tsx.push(startSeconds(['node_modules/tsx/dist/cli.mjs', 'src/cli/run.ts', '--help'], ROOT));
  }
  const base = median(bare);
  const ratio = median(help) / base;
  console.log(`
Start-up, medians of ${START_ROUNDS} interleaved runs:
  node -e 0                          ${ms(base)}
  node bin/giapranh.js --help        ${ms(median(help))}   ${ratio.toFixed(2)} × node -e 0 (${ratio <= START_TARGET ? 'within' : 'OVER'} ${START_TARGET} ×)
  tsx src/cli/run.ts --help (dev)    ${ms(median(tsx))}   ${(median(tsx) / base).toFixed(2)} ×`);
}

/**
 * Each subcommand once over the big file: throughput, and peak RSS as a multiple of the file's
 * size. Buffer's time is also given against measure's in this run (same reading, checking and
 * row writing, no geometry work), which load on the machine affects alike.
 */
function memory(): void {
  const bytes = statSync(BIG).size;
  console.log(
    `\nOne run each over ${(bytes / 1e6).toFixed(0)} MB (${FEATURES.toLocaleString('en')} polygons), output to /dev/null (convert: to CSV, a file):`,
  );
  const cpu: Record<string, number> = {};
  for (const [name, args] of Object.entries(SUBCOMMANDS)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const run = runMeasured(['bin/giapranh.js', ...args], ROOT);
    rmSync(CONVERTED, { force: true });
    cpu[name] = run.cpuSeconds;
    const ratio = run.peakRssBytes / bytes;
    const verdict = ratio <= MEMORY_TARGET ? 'within' : 'OVER';
    const rate = `${(bytes / 1e6 / run.seconds).toFixed(2)} MB/s (${(bytes / 1e6 / run.cpuSeconds).toFixed(2)} per CPU s)`;
    console.log(
      `  ${name.padEnd(9)} ${run.seconds.toFixed(1).padStart(7)} s  ${rate.padEnd(30)} ${(run.peakRssBytes / 1e6).toFixed(0).padStart(6)} MB  ${ratio.toFixed(2)} × the file (${verdict} ${MEMORY_TARGET} ×), exit ${run.exitCode}`,
    );
    if (run.stderr.trim())
      console.log(`    ${run.stderr.trim().split('\n').slice(0, 3).join('\n    ')}`);
  }
  if (cpu.buffer !== undefined && cpu.measure !== undefined) {
    console.log(
      `  buffer (${BUFFER_METERS} m) took ${(cpu.buffer / cpu.measure).toFixed(1)} × measure's CPU time on the same file`,
    );
  }
}

function ms(seconds: number): string {
  return `${(seconds * 1000).toFixed(0).padStart(5)} ms`;
}

await main();
