// `tsx bench/import/profile.ts [--geojson-mb 10] [--shapefile [--shapefile-mb 50]] [--light]
// [--from-landing]`: records a Chromium trace (with the V8 sampling profiler) while the app
// imports a large file, and lists the page's long tasks (≥ 50 ms on the renderer's main thread)
// with what ran in them: the trace events inside and the functions the profiler sampled most.
// Build without minifying first so the names read: `npx vite build --minify false`.
// TRACE_OUT=file keeps the trace; `--load file` reports it again.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';
import { dropFetchedFile, fetchFileIntoPage } from '../shared/fetched-file.ts';
import { confirmUntilIdle } from '../shared/import-landed.ts';
import { openApp } from '../shared/open-app.ts';
import { recordTrace, reportLongTasks, type TraceEvent, traceCategories } from '../shared/trace.ts';
import { geojsonOfSize, shapefileOfSize } from './large-files.ts';

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SHAPEFILE = process.argv.includes('--shapefile');
const MEGABYTES = argument(SHAPEFILE ? '--shapefile-mb' : '--geojson-mb', 10);

// `--light` leaves out the sampling profiler (which took the page down at 100 MB): the tasks
// are then named by their trace events only.
const LIGHT = process.argv.includes('--light');
const CATEGORIES = traceCategories(!LIGHT, ['disabled-by-default-devtools.timeline.frame']);
const TOP = Number(process.env.TOP ?? 8);

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
  const saved = JSON.parse(readFileSync(process.argv[SAVED + 1]!, 'utf8')) as TraceEvent[];
  reportLongTasks(saved, TOP);
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
    const events = await recordTrace(cdp, CATEGORIES, async () => {
      if (!FROM_LANDING) await dropUntilConfirm(page, url, name);
      await landUntilIdle(page);
    });
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(events));
    reportLongTasks(events, TOP);
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}
