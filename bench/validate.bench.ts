import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCollection } from './validate/generate-collection.ts';
import { measureNode, median, type ProcessRun } from './validate/measure-process.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Named like a bundled layer, so the schema checks run too. */
const FILE = join(ROOT, '.bench', 'validate', 'industrial-zones.geojson');
const ROUNDS = 5;
const TIME_RATIO_TARGET = 5;

const BARE_PARSE = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

async function main(): Promise<void> {
  mkdirSync(join(ROOT, '.bench', 'validate'), { recursive: true });
  console.log(`Generating ${FILE} (fixed seed)…`);
  const positions = await generateCollection(FILE);
  const megabytes = statSync(FILE).size / 1e6;
  console.log(
    `  ${megabytes.toFixed(1)} MB, 40,000 polygons, ${positions.toLocaleString('en')} positions\n`,
  );

  const bare = () => measureNode(['-e', BARE_PARSE, FILE], ROOT);
  const validate = () => measureNode(['bin/giapranh.js', 'validate', FILE], ROOT);
  const warmValidate = validate(); // also fills tsx's transform cache, as after any first run
  if (warmValidate.exitCode !== 0) {
    console.log(
      `! validate exited ${warmValidate.exitCode} on the benchmark file:\n${warmValidate.stdout.slice(0, 2000)}`,
    );
  }
  bare();

  const bareRuns: ProcessRun[] = [];
  const validateRuns: ProcessRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    bareRuns.push(bare());
    validateRuns.push(validate());
    process.stdout.write(
      `  round ${round}/${ROUNDS}: parse ${seconds(bareRuns.at(-1)!)}, validate ${seconds(validateRuns.at(-1)!)}\n`,
    );
  }
  report(bareRuns, validateRuns);
}

function report(bareRuns: ProcessRun[], validateRuns: ProcessRun[]): void {
  const bareTime = median(bareRuns.map((run) => run.seconds));
  const validateTime = median(validateRuns.map((run) => run.seconds));
  const bareRss = median(bareRuns.map((run) => run.peakRssBytes));
  const validateRss = median(validateRuns.map((run) => run.peakRssBytes));
  const timeRatio = validateTime / bareTime;
  const verdict = timeRatio < TIME_RATIO_TARGET ? 'within' : 'OVER';
  console.log(`
Whole processes, ${ROUNDS} interleaved runs each, medians:
                              time      peak RSS
  (a) node -e JSON.parse    ${bareTime.toFixed(2).padStart(6)} s   ${mb(bareRss)}
  (b) giapranh validate     ${validateTime.toFixed(2).padStart(6)} s   ${mb(validateRss)}
  ratio (b)/(a)             ${timeRatio.toFixed(2).padStart(6)} ×   ${(validateRss / bareRss).toFixed(2).padStart(6)} ×

Time ratio ${timeRatio.toFixed(2)}× is ${verdict} the target of < ${TIME_RATIO_TARGET}×.`);
}

function seconds(run: ProcessRun): string {
  return `${run.seconds.toFixed(2)} s`;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0).padStart(6)} MB`;
}

await main();
