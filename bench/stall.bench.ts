// `npm run bench:analysis` (second part): the longest main-thread stall while the browser runs
// the big overlap in the app's checks worker. Target: under 100 ms.
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const zones = argument('--n', 20_000);
const corridors = argument('--m', 500);

const config = resolve(ROOT, 'bench/stall/vite.config.ts');
await build({ configFile: config, logLevel: 'warn' });
const server = await startPreviewServer({ configFile: config, root: resolve(ROOT, 'bench/stall') });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}?n=${zones}&m=${corridors}`);
  await page.waitForFunction(() => document.body.dataset.result, undefined, {
    timeout: 600_000,
    polling: 500,
  });
  const result = JSON.parse((await page.evaluate(() => document.body.dataset.result)) ?? '{}');
  console.log(`Browser overlap ${zones} × ${corridors} in the checks worker:`);
  console.log(
    `  ${result.ok ? 'done' : 'FAILED'}: ${result.rows} overlapping pairs in ${(result.elapsedMs / 1000).toFixed(2)} s (including posting the data and receiving the results)`,
  );
  console.log(
    `  longest main-thread task: ${result.longestTaskMs.toFixed(0)} ms (${result.longTasks} long tasks ≥ 50 ms); largest gap between frames: ${result.maxFrameGapMs.toFixed(0)} ms (target < 100 ms)`,
  );
  console.log(
    `  then drawing the ${result.rows} shared parts on a MapLibre map (setData → idle): ${(result.drawMs / 1000).toFixed(2)} s, longest main-thread task ${result.longestDrawTaskMs.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
