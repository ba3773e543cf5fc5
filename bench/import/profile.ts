// `tsx bench/import/profile.ts [--geojson-mb 10] [--shapefile [--shapefile-mb 50]] [--light]
// [--from-landing]`: records a Chromium trace (with the V8 sampling profiler) while the app
// imports a large file, and lists the page's long tasks (≥ 50 ms on the renderer's main thread)
// with what ran in them: the trace events inside and the functions the profiler sampled most.
// Build without minifying first so the names read: `npx vite build --minify false`.
// TRACE_OUT=file keeps the trace; `--load file` reports it again.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';
import { dropFetchedFile, fetchFileIntoPage } from '../shared/fetched-file.ts';
import { confirmUntilIdle } from '../shared/import-landed.ts';
import { openApp } from '../shared/open-app.ts';
import { geojsonOfSize, shapefileOfSize } from './large-files.ts';

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SHAPEFILE = process.argv.includes('--shapefile');
const MEGABYTES = argument(SHAPEFILE ? '--shapefile-mb' : '--geojson-mb', 10);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

// `--light` leaves out the sampling profiler (which took the page down at 100 MB): the tasks
// are then named by their trace events only.
const LIGHT = process.argv.includes('--light');
const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  ...(LIGHT ? [] : ['disabled-by-default-v8.cpu_profiler']),
].join(',');

async function recordTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES.split(',').filter((c) => c !== '-*') },
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Self and total time per function (name and place) sampled on thread `pid:tid`, per window. */
function samplesBetween(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  // The profile's chunks are written by a profiler thread, tied to the sampled thread by id.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  let time = (profile?.args?.data?.startTime as number) ?? 0;
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== profile?.id) continue;
    const data = event.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    ids.forEach((node, i) => {
      time += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: time, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  return (from: number, to: number, top: number): string[] => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = 0; i < samples.length - 1; i++) {
      const { ts, node } = samples[i]!;
      if (ts < from || ts >= to) continue;
      const weight = Math.min(samples[i + 1]!.ts, to) - ts;
      const frame = nodes.get(node)?.callFrame;
      const name = frame ? describe(frame) : '?';
      self.set(name, (self.get(name) ?? 0) + weight);
      const seen = new Set<string>();
      for (let at = nodes.get(node); at; at = at.parent ? nodes.get(at.parent) : undefined) {
        const key = describe(at.callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + weight);
      }
    }
    const list = (map: Map<string, number>, label: string) =>
      [...map]
        .filter(([name]) => !/^\((root|idle)\)/.test(name))
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, us]) => `      ${label} ${(us / 1000).toFixed(0).padStart(4)} ms  ${name}`);
    return [...list(self, 'self'), ...list(inclusive, 'incl')];
  };
}

function describe(frame: ProfileNode['callFrame']): string {
  const file = (frame.url ?? '').split('/').pop() ?? '';
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${(frame.lineNumber ?? 0) + 1}` : ''}`;
}

function eventLabel(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  if (event.name === 'FunctionCall') {
    const file = String(data.url ?? '')
      .split('/')
      .pop();
    return `FunctionCall ${data.functionName || '(anonymous)'} ${file}:${Number(data.lineNumber ?? 0) + 1}`;
  }
  if (event.name === 'EventDispatch') return `EventDispatch ${data.type}`;
  return event.name;
}

/** The renderer main threads' long tasks, each with its trace events and sampled functions. */
function report(events: TraceEvent[]): void {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const main of mains) {
    const onThread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const tasks = onThread
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= 50_000)
      .sort((a, b) => a.ts - b.ts);
    if (tasks.length === 0) continue;
    const sampled = samplesBetween(events, main.pid, main.tid);
    const origin = tasks[0]!.ts;
    console.log(`renderer ${main.pid}: ${tasks.length} tasks ≥ 50 ms`);
    for (const task of tasks) {
      const end = task.ts + task.dur!;
      console.log(
        `  at +${((task.ts - origin) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms`,
      );
      const inside = onThread
        .filter(
          (e) =>
            e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 10_000,
        )
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 8);
      for (const e of inside) {
        console.log(`      event ${(e.dur! / 1000).toFixed(0).padStart(4)} ms  ${eventLabel(e)}`);
      }
      for (const line of sampled(task.ts, end, Number(process.env.TOP ?? 8))) console.log(line);
    }
  }
}

/**
 * `--from-landing`: the trace starts at the click on Import, once the file was read and checked
 * (the sampling profiler stopped after ~27 s of a 50 MB Shapefile's import, before the landing).
 */
const FROM_LANDING = process.argv.includes('--from-landing');

async function dropUntilConfirm(page: Page, url: string, fileName: string): Promise<void> {
  await fetchFileIntoPage(page, url, fileName);
  await dropFetchedFile(page);
  if (FROM_LANDING) await page.getByTestId('import-confirm-button').waitFor({ timeout: 900_000 });
}

async function landUntilIdle(page: Page): Promise<void> {
  await confirmUntilIdle(page);
  // What follows the idle map (the workspace save at idle) belongs to the import too.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 3000)));
}

const SAVED = process.argv.indexOf('--load');
if (SAVED >= 0) {
  report(JSON.parse(readFileSync(process.argv[SAVED + 1]!, 'utf8')) as TraceEvent[]);
} else {
  const file = SHAPEFILE ? shapefileOfSize(MEGABYTES) : geojsonOfSize(MEGABYTES);
  const name = SHAPEFILE ? 'large.zip' : 'large.geojson';
  console.log(
    `${name}: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB, ${file.features} features`,
  );
  // Served from the build, as bench:import serves it: a 100 MB body sent by `route.fulfill`
  // (base64 through the DevTools protocol) took the page down.
  const served = resolve(import.meta.dirname, '../../dist/__profile');
  mkdirSync(served, { recursive: true });
  writeFileSync(resolve(served, name), file.bytes);
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await openApp(page, server.url);
    const cdp = await page.context().newCDPSession(page);
    const url = `${server.url}__profile/${name}`;
    if (FROM_LANDING) await dropUntilConfirm(page, url, name);
    const events = await recordTrace(cdp, async () => {
      if (!FROM_LANDING) await dropUntilConfirm(page, url, name);
      await landUntilIdle(page);
    });
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(events));
    report(events);
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}
