// `tsx bench/render/profile.ts [--figures 2] [--zones] [--format pdf]`: records a Chromium trace
// (with the V8 sampling profiler) while the app makes A4 300 dpi figures (PNG unless `--format
// pdf`, a vector PDF) one after another in one page, `--zones` with the industrial-zones file
// replaced by 10,000 zones all in view (bench/edit/tenThousandZones.ts), and lists
// each figure's long tasks (≥ 50 ms on the renderer's main thread) with the trace events inside
// and the functions sampled most. Build without minifying first so the names read:
// `npx vite build --minify false`. TOP=n sets how many functions are listed per task; SAMPLES=0
// leaves the sampling profiler out (it lengthens tasks).
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';
import { tenThousandZones } from '../edit/tenThousandZones.ts';

interface TraceEvent {
  name: string;
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

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'gpu',
  ...(process.env.SAMPLES === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
];
const FIGURES_AT = process.argv.indexOf('--figures');
const FIGURES = FIGURES_AT >= 0 ? Number(process.argv[FIGURES_AT + 1]) : 1;
const TOP = Number(process.env.TOP ?? 10);
const ZONES = process.argv.includes('--zones');
const FORMAT_AT = process.argv.indexOf('--format');
const FORMAT: 'png' | 'pdf' =
  FORMAT_AT >= 0 && process.argv[FORMAT_AT + 1] === 'pdf' ? 'pdf' : 'png';
// With the zones: the 100 × 100 grid whole in the frame.
const CAMERA = ZONES ? '#map=10.4/21.27/105.63' : '#map=10.4/21.27/105.66';

async function recordTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

function describe(frame: ProfileNode['callFrame']): string {
  const file = (frame.url ?? '').split('/').pop() ?? '';
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${(frame.lineNumber ?? 0) + 1}` : ''}`;
}

/** Self and total time per sampled function on thread `pid:tid`, per time window. */
function sampler(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  let time = (profile?.args?.data?.startTime as number) ?? 0;
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== profile?.id) continue;
    const data = event.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      time += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: time, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  return (from: number, to: number): string[] => {
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
        .filter(([name]) => !/^\((root|idle|program)\)/.test(name))
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([name, us]) => `      ${label} ${(us / 1000).toFixed(0).padStart(4)} ms  ${name}`);
    return [...list(self, 'self'), ...list(inclusive, 'incl')];
  };
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

/** The page's long tasks, each with its trace events and sampled functions. */
function report(events: TraceEvent[]): void {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const main of mains) {
    const onThread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const tasks = onThread
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= 50_000)
      .sort((a, b) => a.ts - b.ts);
    if (tasks.length === 0) continue;
    const sampled = sampler(events, main.pid, main.tid);
    const origin = tasks[0]!.ts;
    console.log(`renderer ${main.pid}: ${tasks.length} tasks ≥ 50 ms`);
    for (const task of tasks) {
      const end = task.ts + task.dur!;
      const at = ((task.ts - origin) / 1000).toFixed(0);
      console.log(`  at +${at} ms: ${(task.dur! / 1000).toFixed(0)} ms`);
      const inside = onThread
        .filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts < end)
        .filter((e) => (e.dur ?? 0) >= 10_000)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 8);
      for (const e of inside)
        console.log(`      event ${(e.dur! / 1000).toFixed(0).padStart(4)} ms  ${eventLabel(e)}`);
      for (const line of sampled(task.ts, end)) console.log(line);
    }
  }
}

const server = await startPreviewServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (ZONES) {
    const body = JSON.stringify(tenThousandZones());
    await page.route('**/industrial-zones*.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
    );
  }
  await page.goto(`${server.url}?lang=vi${CAMERA}`);
  await page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
    timeout: 120_000,
    polling: 200,
  });
  const cdp = await page.context().newCDPSession(page);
  for (let figure = 1; figure <= FIGURES; figure++) {
    console.log(`figure ${figure}:`);
    const events = await recordTrace(cdp, async () => {
      await page.evaluate(
        (format) =>
          window.giapranh!.figure({
            format,
            paper: 'A4',
            orientation: 'landscape',
            dotsPerInch: 300,
            date: '2026-12-04',
          }),
        FORMAT,
      );
      await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    });
    report(events);
  }
} finally {
  await browser.close();
  await server.close();
}
