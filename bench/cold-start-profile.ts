// `npx tsx bench/cold-start-profile.ts [rounds]`: which JavaScript the page's main thread runs
// before its first map idle, app against the floor page. A V8 CPU profile of a cold load of each
// (interleaved), summed as self time per function and per script, medians over the rounds.
// Needs `npm run build` first (dist/assets/*.map name the minified functions). Complements
// `cold-start-trace.ts` (threads and GPU waits).
import type { Browser } from 'playwright-core';
import { LAYERS } from '../src/core/layers/registry.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startAppAndFloor } from './app/appAndFloor.ts';
import { type CpuProfile, selfTimes } from './app/cpuProfile.ts';

const APP_READY = `[data-testid="map"][data-idle="true"][data-data-layers="${LAYERS.length}"]`;
const ROUNDS = Number(process.argv[2] ?? 3);
const TOP = 25;

async function profileOnce(browser: Browser, url: string, mark: string, ready: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 120_000 });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const idleMs = await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]!.startTime,
      mark,
    );
    return { idleMs, ...selfTimes(profile) };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function report(label: string, runs: Awaited<ReturnType<typeof profileOnce>>[]) {
  console.log(`${label}: idle median ${median(runs.map((r) => r.idleMs)).toFixed(0)} ms`);
  for (const key of ['byScript', 'byFunction'] as const) {
    const names = new Set(runs.flatMap((run) => [...run[key].keys()]));
    const rows = [...names]
      .map((name) => [name, median(runs.map((run) => run[key].get(name) ?? 0))] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP);
    for (const [name, ms] of rows)
      console.log(
        `  ${key === 'byScript' ? 'script' : 'fn    '} ${ms.toFixed(0).padStart(5)} ms  ${name}`,
      );
  }
}

async function main() {
  const { appServer, floorServer } = await startAppAndFloor();
  const browser = await launchChromium();
  const floorRuns = [];
  const appRuns = [];
  try {
    await profileOnce(browser, floorServer.url, 'floor:idle', 'body[data-idle="true"]');
    await profileOnce(browser, appServer.url, 'giapranh:idle', APP_READY);
    for (let round = 0; round < ROUNDS; round++) {
      floorRuns.push(
        await profileOnce(browser, floorServer.url, 'floor:idle', 'body[data-idle="true"]'),
      );
      appRuns.push(await profileOnce(browser, appServer.url, 'giapranh:idle', APP_READY));
    }
  } finally {
    await browser.close();
    await appServer.close();
    await floorServer.close();
  }
  report('floor', floorRuns);
  report('app', appRuns);
}

await main();
