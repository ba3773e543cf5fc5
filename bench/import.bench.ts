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
import { dropFetchedFile, fetchFileIntoPage } from './shared/fetched-file.ts';
import { confirmUntilIdle } from './shared/import-landed.ts';
import { longTasks, observeLongTasks, parseOnMainThread } from './shared/long-tasks.ts';
import { openApp } from './shared/open-app.ts';

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

/** Drops the file served at `url` on the map and waits for the report and the idle map. */
async function importByDrop(page: Page, url: string, fileName: string): Promise<Measured> {
  // The file is fetched into a Blob first, outside the measured window.
  await fetchFileIntoPage(page, url, fileName);
  await observeLongTasks(page);
  const started = Date.now();
  await dropFetchedFile(page);
  await confirmUntilIdle(page);
  const elapsedMs = Date.now() - started;
  const tasks = await longTasks(page);
  return {
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    elapsedMs,
    summary: ((await page.getByTestId('import-summary').textContent()) ?? '').split('.')[0]!,
  };
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
  await page.close();
  // A page of its own (a new browser context: its own IndexedDB): a reload of the same page
  // restored the GeoJSON's 360,676 features from the workspace, so the Shapefile was measured
  // landing on top of them (the reason it looked worse than a GeoJSON twice its size).
  const fresh = await browser.newPage();
  fresh.on('crash', () => console.log('  the page crashed'));
  await openApp(fresh, server.url);
  rows.push(['Shapefile', await importByDrop(fresh, `${benchUrl}/large.zip`, 'large.zip')]);
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
