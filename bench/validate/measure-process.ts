import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One whole-process run: wall time, peak memory and how it ended. */
export interface ProcessRun {
  seconds: number;
  /** Peak resident set size in bytes. */
  peakRssBytes: number;
  exitCode: number | null;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';
const RSS_MARKER = '__peak_rss_kb=';

/**
 * Runs `node …args` and measures it. Peak RSS comes from GNU time's "Maximum resident set size"
 * when it is installed, else from `process.resourceUsage().maxRSS`, which a preloaded snippet
 * prints as the child exits.
 */
export function measureNode(args: readonly string[], cwd: string): ProcessRun {
  const useGnuTime = existsSync(GNU_TIME);
  const command = useGnuTime ? GNU_TIME : process.execPath;
  const nodeArgs = useGnuTime ? ['-v', process.execPath, ...args] : withRssReport(args);
  const started = performance.now();
  const run = spawnSync(command, nodeArgs, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = useGnuTime ? gnuTimeRssKb(run.stderr) : reportedRssKb(run.stderr);
  return { seconds, peakRssBytes: peakKb * 1024, exitCode: run.status, stdout: run.stdout };
}

function withRssReport(args: readonly string[]): string[] {
  const report = `process.on('exit',()=>process.stderr.write('${RSS_MARKER}'+process.resourceUsage().maxRSS+'\\n'))`;
  return ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args];
}

function gnuTimeRssKb(stderr: string): number {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!match) throw new Error(`no peak RSS in GNU time output:\n${stderr.slice(-2000)}`);
  return Number(match[1]);
}

function reportedRssKb(stderr: string): number {
  const match = new RegExp(`${RSS_MARKER}(\\d+)`).exec(stderr);
  if (!match) throw new Error(`the child did not report its peak RSS:\n${stderr.slice(-2000)}`);
  return Number(match[1]);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
