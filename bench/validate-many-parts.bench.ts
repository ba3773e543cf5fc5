import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateManyParts } from './validate/generate-many-parts.ts';
import { measureNode, median, type ProcessRun } from './validate/measure-process.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FILE = join(ROOT, '.bench', 'validate', 'many-parts.geojson');
const CHILD = join(ROOT, 'bench', 'validate', 'many-parts-child.ts');
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/**
 * Issue 6's hanging input: one Feature whose MultiPolygon has 86,667 parts touching at their
 * corners. Times the MultiPolygon check before it was made to scale (the reference the tests
 * keep) and now, each as a whole process after the same parse, and `giapranh validate` on the
 * file, against a bare JSON.parse process; runs interleaved, medians reported.
 */
function main(): void {
  mkdirSync(join(ROOT, '.bench', 'validate'), { recursive: true });
  const bytes = generateManyParts(FILE);
  console.log(`${FILE}: ${(bytes / 1e6).toFixed(1)} MB, one Feature of 86,667 parts\n`);
  const runs: Record<string, () => ProcessRun> = {
    'parse only': () => measureNode(['--import', 'tsx', CHILD, 'parse', FILE], ROOT),
    'old check': () => measureNode(['--import', 'tsx', CHILD, 'old', FILE], ROOT),
    'new check': () => measureNode(['--import', 'tsx', CHILD, 'new', FILE], ROOT),
    'giapranh validate': () => measureNode(['bin/giapranh.js', 'validate', FILE], ROOT),
  };
  const results: Record<string, ProcessRun[]> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, run] of Object.entries(runs)) {
      const result = run();
      results[name] = [...(results[name] ?? []), result];
      const said = result.stdout.trim().split('\n').at(-1);
      console.log(`  round ${round}: ${name.padEnd(18)} ${result.seconds.toFixed(2)} s  ${said}`);
    }
  }
  const time = (name: string) => median(results[name]!.map((run) => run.seconds));
  const rss = (name: string) => median(results[name]!.map((run) => run.peakRssBytes)) / 1e6;
  console.log(`\n  ${''.padEnd(20)}    time    peak RSS   check time (minus parse)`);
  for (const name of Object.keys(runs)) {
    const check = time(name) - time('parse only');
    console.log(
      `  ${name.padEnd(20)}${time(name).toFixed(2).padStart(7)} s ${rss(name).toFixed(0).padStart(7)} MB   ${check.toFixed(2)} s`,
    );
  }
  const speedup =
    (time('old check') - time('parse only')) / (time('new check') - time('parse only'));
  console.log(
    `\n  new / old: time ${(time('new check') / time('old check')).toFixed(2)}×, memory ${(rss('new check') / rss('old check')).toFixed(2)}×; the check alone ${speedup.toFixed(1)}× faster`,
  );
  console.log(
    `  validate / parse only: ${(time('giapranh validate') / time('parse only')).toFixed(2)}× time`,
  );
}

main();
