// `npx tsx bench/cold-start-trace.ts [rounds]`: where a cold start's time goes, app against the
// floor page. Records a Chromium trace (every process: renderer, GPU, browser) of a cold load of
// each, interleaved, and prints per thread the busy time before the first map idle, the renderer
// main thread's work by kind, and its synchronous waits on the GPU process (WebGL calls that
// need an answer: shader compile status, context creation). Needs `npm run build` first.

import { LAYERS } from '../src/core/layers/registry.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startAppAndFloor } from './app/appAndFloor.ts';
import { type ColdStartTrace, summariseTrace, type TraceEvent } from './app/traceSummary.ts';

const APP_READY = `[data-testid="map"][data-idle="true"][data-data-layers="${LAYERS.length}"]`;
const ROUNDS = Number(process.argv[2] ?? 3);
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'gpu',
  'gpu.service',
  'viz',
  'disabled-by-default-gpu.decoder',
  'disabled-by-default-gpu.service',
  'v8.execute',
  '__metadata',
].join(',');

async function traceOnce(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  mark: string,
  ready: string,
): Promise<ColdStartTrace & { timeline: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await browser.startTracing(undefined, { categories: CATEGORIES.split(',') });
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 120_000 });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
    const buffer = await browser.stopTracing();
    const timeline = await page.evaluate(() => [
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (e) =>
          `${e.startTime.toFixed(0).padStart(6)}–${e.responseEnd.toFixed(0).padStart(6)} ms ${e.name.replace(/^.*\//, '')}`,
      ),
      ...performance
        .getEntriesByType('mark')
        .map((e) => `${e.startTime.toFixed(0).padStart(6)} ms mark ${e.name}`),
    ]);
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const markMs = await page.evaluate(
      (name) => performance.getEntriesByName(name).at(-1)!.startTime,
      mark,
    );
    return { ...summariseTrace(events, mark, markMs), timeline };
  } finally {
    await context.close();
  }
}

function print(label: string, trace: ColdStartTrace & { timeline: string[] }): void {
  console.log(`${label}: idle at ${trace.idleMs.toFixed(0)} ms`);
  for (const [thread, ms] of trace.busyByThread)
    console.log(`    busy ${thread.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
  for (const [kind, ms] of trace.mainByKind)
    console.log(`    main ${kind.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
  for (const [wait, ms] of trace.gpuWaits)
    console.log(`    wait ${wait.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
  for (const line of trace.milestones) console.log(`    at   ${line}`);
  for (const line of trace.timeline) console.log(`    page ${line}`);
}

async function main() {
  const { appServer, floorServer } = await startAppAndFloor();
  const browser = await launchChromium();
  try {
    // One warm-up of each (the OS's disk cache, SwiftShader's JIT).
    await traceOnce(browser, floorServer.url, 'floor:idle', 'body[data-idle="true"]');
    await traceOnce(browser, appServer.url, 'giapranh:idle', APP_READY);
    for (let round = 0; round < ROUNDS; round++) {
      print(
        `floor #${round + 1}`,
        await traceOnce(browser, floorServer.url, 'floor:idle', 'body[data-idle="true"]'),
      );
      print(
        `app   #${round + 1}`,
        await traceOnce(browser, appServer.url, 'giapranh:idle', APP_READY),
      );
    }
  } finally {
    await browser.close();
    await appServer.close();
    await floorServer.close();
  }
}

await main();
