import { statSync } from 'node:fs';
import { BY_FEATURE_ENV } from '../../src/cli/commands/validate.ts';
import { median } from '../validate/measure-process.ts';
import { type MeasuredRun, runMeasured } from './run-measured.ts';

/** Interleaved runs of each path: the machine's load drifts, so both see the same drift. */
const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 3);
/** Feature by feature may take at most this much longer than the whole text. */
const TIME_TARGET = 1.3;
const MEMORY_TARGET = 3;

/**
 * `giapranh validate` on a big file read feature by feature (the default from 64 MB) against
 * the same build forced to read it whole: wall time and peak RSS, medians of interleaved runs.
 */
export function compareValidatePaths(file: string, root: string): void {
  const bytes = statSync(file).size;
  const args = ['bin/giapranh.js', 'validate', file, '--format', 'json'];
  const whole: MeasuredRun[] = [];
  const byFeature: MeasuredRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    whole.push(runMeasured(args, root, { ...process.env, [BY_FEATURE_ENV]: '999999999999999' }));
    byFeature.push(runMeasured(args, root, { ...process.env, [BY_FEATURE_ENV]: '0' }));
  }
  const seconds = (runs: MeasuredRun[]) => median(runs.map((run) => run.seconds));
  const peak = (runs: MeasuredRun[]) => median(runs.map((run) => run.peakRssBytes));
  const line = (name: string, runs: MeasuredRun[]) =>
    `  ${name.padEnd(18)} ${seconds(runs).toFixed(1).padStart(6)} s  ${(peak(runs) / 1e6).toFixed(0).padStart(6)} MB  ${(peak(runs) / bytes).toFixed(2)} × the file, exit ${runs[0]!.exitCode}`;
  const timeRatio = seconds(byFeature) / seconds(whole);
  const memoryRatio = peak(byFeature) / bytes;
  console.log(`
validate, whole text against feature by feature, medians of ${ROUNDS} interleaved runs:
${line('whole text', whole)}
${line('feature by feature', byFeature)}
  time ${timeRatio.toFixed(2)} × the whole text (${timeRatio <= TIME_TARGET ? 'within' : 'OVER'} ${TIME_TARGET} ×), memory ${memoryRatio.toFixed(2)} × the file (${memoryRatio <= MEMORY_TARGET ? 'within' : 'OVER'} ${MEMORY_TARGET} ×)`);
}
