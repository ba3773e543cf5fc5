// `npm run bench:import`: the longest main-thread task while the app imports a 100 MB GeoJSON
// and a 50 MB zipped Shapefile (read, checked and parsed in the import worker, features handed
// back in batches, one patch, the map's source update), against a baseline measured in the same
// run on the same page: `JSON.parse` of the same GeoJSON on the main thread, which is what an
// import without the worker would at least cost. Target: under 200 ms.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { geojsonOfSize, shapefileOfSize } from './import/large-files.ts';

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const GEOJSON_MB = argument('--geojson-mb', 100);
const SHAPEFILE_MB = argument('--shapefile-mb', 50);

interface Measured {
  longestTaskMs: number;
  longTasks: number;
  elapsedMs: number;
  summary: string;
}

/** Starts counting long tasks on the page (PerformanceObserver 'longtask'). */
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
  // Long tasks are reported after they end: one frame later, all are in.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  return page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
}

/** Drops the file served at `url` on the map and waits for the report and the idle map. */
async function importByDrop(page: Page, url: string, fileName: string): Promise<Measured> {
  // The file is fetched into a Blob first, outside the measured window.
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
  // Nothing lands before the planner confirms the layer: confirm the new one at once.
  await page.getByTestId('import-confirm-button').click({ timeout: 900_000 });
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 900_000 });
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true',
    undefined,
    { timeout: 900_000, polling: 200 },
  );
  const elapsedMs = Date.now() - started;
  const tasks = await longTasks(page);
  return {
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    elapsedMs,
    summary: ((await summary.textContent()) ?? '').split('.')[0]!,
  };
}

/** The baseline: the same GeoJSON parsed on the main thread. */
async function parseOnMainThread(page: Page, url: string): Promise<number> {
  await page.evaluate(async (url) => {
    (window as unknown as { __text: string }).__text = await (await fetch(url)).text();
  }, url);
  await observeLongTasks(page);
  // In a task of its own (a timer), as a message handler would run it: the long-task observer
  // does not see work done inside the test driver's evaluate.
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

const geojson = geojsonOfSize(GEOJSON_MB);
const shapefile = shapefileOfSize(SHAPEFILE_MB);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `Import of large files (GeoJSON ${mb(geojson.bytes.length)}, ${geojson.features} polygons; zipped Shapefile ${mb(shapefile.bytes.length)}, ${shapefile.features} polygons):`,
);

// Served from the build with the app (same origin, as the CSP wants): Playwright's
// `route.fulfill` sends a body through the DevTools protocol as base64, which a 100 MB file did
// not survive (the page closed).
const SERVED = resolve(import.meta.dirname, '../dist/__bench');
mkdirSync(SERVED, { recursive: true });
writeFileSync(resolve(SERVED, 'large.geojson'), geojson.bytes);
writeFileSync(resolve(SERVED, 'large.zip'), shapefile.bytes);
const server = await startPreviewServer();
const benchUrl = new URL('__bench', server.url).href;
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('crash', () => console.log('  the page crashed'));
  await openApp(page, server.url);
  const baselineMs = await parseOnMainThread(page, `${benchUrl}/large.geojson`);
  console.log(
    `  baseline: JSON.parse of the GeoJSON on the main thread: ${baselineMs.toFixed(0)} ms`,
  );
  const rows: [string, Measured][] = [];
  rows.push(['GeoJSON', await importByDrop(page, `${benchUrl}/large.geojson`, 'large.geojson')]);
  await openApp(page, server.url);
  rows.push(['Shapefile', await importByDrop(page, `${benchUrl}/large.zip`, 'large.zip')]);
  for (const [name, m] of rows) {
    console.log(
      `  ${name.padEnd(9)} ${m.summary}: ${(m.elapsedMs / 1000).toFixed(1)} s to the idle map; longest main-thread task ${m.longestTaskMs.toFixed(0)} ms (${(m.longestTaskMs / baselineMs).toFixed(2)}× the baseline; ${m.longTasks} tasks ≥ 50 ms; target < 200 ms)`,
    );
  }
} finally {
  await browser.close();
  rmSync(SERVED, { recursive: true, force: true });
  await server.close();
}
