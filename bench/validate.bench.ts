import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_GENERATE, generateCollection } from './validate/generate-collection.ts';
import { measureNode, median, type ProcessRun } from './validate/measure-process.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Named like a bundled layer, so the schema checks run too. */
const FILE = join(ROOT, '.bench', 'validate', 'industrial-zones.geojson');
/** The same size with every feature broken: reporting must not be the slow path. */
const BROKEN_FILE = join(ROOT, '.bench', 'validate', 'broken', 'industrial-zones.geojson');
const ROUNDS = 5;
const TIME_RATIO_TARGET = 5;

const BARE_PARSE = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

async function main(): Promise<void> {
  mkdirSync(join(ROOT, '.bench', 'validate', 'broken'), { recursive: true });
  console.log(`Generating ${FILE} and ${BROKEN_FILE} (fixed seed)…`);
  const positions = await generateCollection(FILE);
  await generateCollection(BROKEN_FILE, { ...DEFAULT_GENERATE, broken: true });
  console.log(
    `  ${megabytes(FILE)} MB valid and ${megabytes(BROKEN_FILE)} MB broken, 40,000 polygons, ${positions.toLocaleString('en')} positions\n`,
  );

  const bare = () => measureNode(['-e', BARE_PARSE, FILE], ROOT);
  const validate = () => measureNode(['bin/giapranh.js', 'validate', FILE], ROOT);
  const validateBroken = () => measureNode(['bin/giapranh.js', 'validate', BROKEN_FILE], ROOT);
  const warmValidate = validate(); // also fills tsx's transform cache, as after any first run
  if (warmValidate.exitCode !== 0) {
    console.log(
      `! validate exited ${warmValidate.exitCode} on the benchmark file:\n${warmValidate.stdout.slice(0, 2000)}`,
    );
  }
  const warmBroken = validateBroken();
  console.log(`  broken file: exit ${warmBroken.exitCode}, ${warmBroken.stdout.split('\n')[0]}\n`);
  bare();

  const runs: Record<'bare' | 'valid' | 'broken', ProcessRun[]> = {
    bare: [],
    valid: [],
    broken: [],
  };
  for (let round = 1; round <= ROUNDS; round++) {
    runs.bare.push(bare());
    runs.valid.push(validate());
    runs.broken.push(validateBroken());
    process.stdout.write(
      `  round ${round}/${ROUNDS}: parse ${seconds(runs.bare.at(-1)!)}, validate ${seconds(runs.valid.at(-1)!)}, broken ${seconds(runs.broken.at(-1)!)}\n`,
    );
  }
  report(runs);
}

function report(runs: Record<'bare' | 'valid' | 'broken', ProcessRun[]>): void {
  const time = (list: ProcessRun[]) => median(list.map((run) => run.seconds));
  const rss = (list: ProcessRun[]) => median(list.map((run) => run.peakRssBytes));
  const bareTime = time(runs.bare);
  const bareRss = rss(runs.bare);
  const row = (label: string, list: ProcessRun[]) =>
    `  ${label.padEnd(26)}${time(list).toFixed(2).padStart(6)} s   ${mb(rss(list))}   ${(time(list) / bareTime).toFixed(2).padStart(5)} ×   ${(rss(list) / bareRss).toFixed(2).padStart(5)} ×`;
  const verdict = (list: ProcessRun[]) =>
    time(list) / bareTime < TIME_RATIO_TARGET ? 'within' : 'OVER';
  console.log(`
Whole processes, ${ROUNDS} interleaved runs each, medians; ratios to (a):
                              time      peak RSS     time   memory
  (a) node -e JSON.parse    ${bareTime.toFixed(2).padStart(6)} s   ${mb(bareRss)}
${row('(b) validate, valid', runs.valid)}
${row('(c) validate, all broken', runs.broken)}

Time ratios: valid ${(time(runs.valid) / bareTime).toFixed(2)}× (${verdict(runs.valid)}), broken ${(time(runs.broken) / bareTime).toFixed(2)}× (${verdict(runs.broken)}) the target of < ${TIME_RATIO_TARGET}×; broken / valid ${(time(runs.broken) / time(runs.valid)).toFixed(2)}×.`);
}

function megabytes(file: string): string {
  return (statSync(file).size / 1e6).toFixed(1);
}

function seconds(run: ProcessRun): string {
  return `${run.seconds.toFixed(2)} s`;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0).padStart(6)} MB`;
}

await main();
