// `npx vite build && npx tsx bench/import-refused.bench.ts`: the longest main-thread task while
// the app refuses a 100,000-feature file whose every feature is broken (rings not closed;
// axes swapped), from the drop to the report drawn, against a baseline measured in the same run
// on the same page: `JSON.parse` of the same text on the main thread.
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { squaresText, swappedPoints } from './import/broken-files.ts';

const COUNT = 100_000;

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __observer?: PerformanceObserver };
    w.__observer?.disconnect();
    w.__tasks = [];
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  return page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
}

async function refuseByDrop(page: Page, url: string, fileName: string) {
  await page.evaluate(
    async ({ url, fileName }) => {
      const blob = await (await fetch(url)).blob();
      (window as unknown as { __file: File }).__file = new File([blob], fileName);
    },
    { url, fileName },
  );
  await observeLongTasks(page);
  const started = Date.now();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { __file: File }).__file);
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  });
  await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
  const elapsedMs = Date.now() - started;
  const tasks = await longTasks(page);
  const listed = await page.locator('[data-testid="import-report"] li').count();
  return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, elapsedMs, listed };
}

async function parseOnMainThread(page: Page, url: string): Promise<number> {
  await page.evaluate(async (url) => {
    (window as unknown as { __text: string }).__text = await (await fetch(url)).text();
  }, url);
  await observeLongTasks(page);
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        setTimeout(() => {
          const w = window as unknown as { __text: string; __parsed?: unknown };
          w.__parsed = JSON.parse(w.__text);
          done();
        }, 0),
      ),
  );
  const tasks = await longTasks(page);
  await page.evaluate(() => {
    const w = window as unknown as { __text?: string; __parsed?: unknown };
    delete w.__text;
    delete w.__parsed;
  });
  return Math.max(0, ...tasks);
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 120_000 });
  await page.getByRole('button', { name: 'English' }).click();
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
  await page.evaluate(async (url) => {
    const blob = await (await fetch(url)).blob();
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'squares.geojson'));
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, `${server.url}/__bench/squares.geojson`);
  await page.getByTestId('import-confirm-button').click({ timeout: 900_000 });
  await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
  // The first import's own work (the map's tiles, the workspace's save) ends before measuring.
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true',
    undefined,
    { timeout: 900_000, polling: 200 },
  );
  await page.waitForTimeout(5000);
  report(
    'squares.geojson (ids on the map)',
    await refuseByDrop(page, `${server.url}/__bench/squares.geojson`, 'squares.geojson'),
  );
} finally {
  await browser.close();
  await server.close();
}
