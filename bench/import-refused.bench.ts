// `npx vite build && npx tsx bench/import-refused.bench.ts`: the longest main-thread task while
// the app refuses a 100,000-feature file whose every feature is broken (rings not closed;
// axes swapped), from the drop to the report drawn, against a baseline measured in the same run
// on the same page: `JSON.parse` of the same text on the main thread.
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { squaresText, swappedPoints } from './import/broken-files.ts';
import { dropFetchedFile, fetchFileIntoPage } from './shared/fetched-file.ts';
import { confirmUntilIdle } from './shared/import-landed.ts';
import { longTasks, observeLongTasks, parseOnMainThread } from './shared/long-tasks.ts';
import { openApp } from './shared/open-app.ts';

const COUNT = 100_000;

async function refuseByDrop(page: Page, url: string, fileName: string) {
  await fetchFileIntoPage(page, url, fileName);
  await observeLongTasks(page);
  const started = Date.now();
  await dropFetchedFile(page);
  await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
  const elapsedMs = Date.now() - started;
  const tasks = await longTasks(page);
  const listed = await page.locator('[data-testid="import-report"] li').count();
  return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, elapsedMs, listed };
}

const files = {
  'unclosed.geojson': squaresText(COUNT, false),
  'swapped.geojson': swappedPoints(COUNT),
  'squares.geojson': squaresText(COUNT, true),
};
const broken = ['unclosed.geojson', 'swapped.geojson'];
console.log(`Refusal of ${COUNT.toLocaleString('en')}-feature files, every feature broken:`);
const server = await startPreviewServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const [name, text] of Object.entries(files)) {
    await page.route(`**/__bench/${name}`, (route) =>
      route.fulfill({ body: text, contentType: 'application/geo+json' }),
    );
  }
  await openApp(page, server.url);
  const baselineMs = await parseOnMainThread(page, `${server.url}/__bench/unclosed.geojson`);
  console.log(
    `  baseline: JSON.parse of unclosed.geojson on the main thread: ${baselineMs.toFixed(0)} ms`,
  );
  const report = (name: string, m: Awaited<ReturnType<typeof refuseByDrop>>) =>
    console.log(
      `  ${name.padEnd(17)} refused in ${(m.elapsedMs / 1000).toFixed(1)} s, ${m.listed} findings listed; longest main-thread task ${m.longestTaskMs.toFixed(0)} ms (${(m.longestTaskMs / baselineMs).toFixed(2)}× the baseline; ${m.longTasks} tasks ≥ 50 ms)`,
    );
  for (const name of broken) {
    await openApp(page, server.url);
    report(name, await refuseByDrop(page, `${server.url}/__bench/${name}`, name));
  }
  // Every id already on the map: the same file dropped a second time.
  await openApp(page, server.url);
  await fetchFileIntoPage(page, `${server.url}/__bench/squares.geojson`, 'squares.geojson');
  await dropFetchedFile(page);
  // The first import's own work (the map's tiles, the workspace's save) ends before measuring.
  await confirmUntilIdle(page);
  await page.waitForTimeout(5000);
  report(
    'squares.geojson (ids on the map)',
    await refuseByDrop(page, `${server.url}/__bench/squares.geojson`, 'squares.geojson'),
  );
} finally {
  await browser.close();
  await server.close();
}
