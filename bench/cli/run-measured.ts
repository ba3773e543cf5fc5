import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

/** One whole-process run with its output thrown away: wall time, peak RSS, exit code. */
export interface MeasuredRun {
  seconds: number;
  /** User plus system CPU time: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakRssBytes: number;
  exitCode: number | null;
  stderr: string;
}

/**
 * Runs `node …args` under GNU time with stdout sent to /dev/null, so outputs of gigabytes are
 * neither held by this process nor counted in the child's memory.
 */
export function runMeasured(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): MeasuredRun {
  const sink = openSync('/dev/null', 'w');
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '__peak_rss_kb=%M __cpu_s=%U+%S', process.execPath, ...args],
    {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', sink, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  closeSync(sink);
  const match = /__peak_rss_kb=(\d+) __cpu_s=([\d.]+)\+([\d.]+)/.exec(run.stderr);
  if (!match) throw new Error(`no peak RSS from GNU time:\n${run.stderr.slice(-2000)}`);
  return {
    seconds,
    cpuSeconds: Number(match[2]) + Number(match[3]),
    peakRssBytes: Number(match[1]) * 1024,
    exitCode: run.status,
    stderr: run.stderr.replace(/__peak_rss_kb=.*\n?/, ''),
  };
}

/** Wall time of one short run, in seconds (output discarded). */
export function startSeconds(args: readonly string[], cwd: string): number {
  const started = performance.now();
  spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}
