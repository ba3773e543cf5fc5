// `tsx bench/import/gpu-uploads.ts [--geojson-mb 10] [--shapefile] [--finish]`: lists the WebGL
// buffer uploads (`bufferData`) of ≥ 256 KB while the app imports a large file, with their size,
// duration, the map's zoom at the time, and (built with `npx vite build --minify false`) the
// MapLibre bucket that made them. `--finish` calls `gl.finish()` before each large upload and
// times it apart: what the upload then still costs is the copy itself, what `finish` costs is the
// GPU process (SwiftShader) draining the work queued before it.
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';
import { dropFetchedFile, fetchFileIntoPage } from '../shared/fetched-file.ts';
import { confirmUntilIdle } from '../shared/import-landed.ts';
import { longTasks, observeLongTasks } from '../shared/long-tasks.ts';
import { openApp } from '../shared/open-app.ts';
import { geojsonOfSize, shapefileOfSize } from './large-files.ts';

const argument = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SHAPEFILE = process.argv.includes('--shapefile');
const FINISH = process.argv.includes('--finish');
const MEGABYTES = argument(SHAPEFILE ? '--shapefile-mb' : '--geojson-mb', 10);
const MIN_KB = argument('--min-kb', 256);

interface Upload {
  at: number;
  bytes: number;
  ms: number;
  finishMs: number;
  target: number;
  zoom: string;
  by: string;
}

/** Wraps `bufferData` of both WebGL contexts; runs in the page before any of its scripts. */
function traceUploads({ finish, minBytes }: { finish: boolean; minBytes: number }): void {
  const uploads: Upload[] = [];
  const all = { count: 0, bytes: 0, ms: 0 };
  Object.assign(window, { __uploads: uploads, __all: all });
  const byteLength = (data: unknown) =>
    typeof data === 'number' ? data : ((data as ArrayBufferView | null)?.byteLength ?? 0);
  const caller = () => {
    const frames = (new Error().stack ?? '').split('\n').map((line) => line.trim());
    const named = frames.filter((line) => /Bucket|upload|createVertexBuffer|Program/.test(line));
    return named
      .slice(0, 4)
      .map((line) => line.replace(/\(.*\/assets\//, '(').replace(/^at /, ''))
      .join(' < ');
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const original = proto.bufferData as (...args: unknown[]) => void;
    proto.bufferData = function (this: WebGLRenderingContext, ...args: unknown[]) {
      const bytes = byteLength(args[1]);
      if (bytes < minBytes) {
        const start = performance.now();
        original.apply(this, args);
        all.count++;
        all.bytes += bytes;
        all.ms += performance.now() - start;
        return;
      }
      let finishMs = 0;
      if (finish) {
        const before = performance.now();
        this.finish();
        finishMs = performance.now() - before;
      }
      const start = performance.now();
      original.apply(this, args);
      const ms = performance.now() - start;
      all.count++;
      all.bytes += bytes;
      all.ms += ms;
      const zoom = /map=([\d.]+)/.exec(location.hash)?.[1] ?? '?';
      uploads.push({
        at: start,
        bytes,
        ms,
        finishMs,
        target: args[0] as number,
        zoom,
        by: caller(),
      });
    } as typeof proto.bufferData;
  }
}

async function importByDrop(page: Page, url: string, fileName: string): Promise<void> {
  await fetchFileIntoPage(page, url, fileName);
  await observeLongTasks(page);
  await page.evaluate(() => {
    const w = window as unknown as { __uploads: unknown[]; __all: Record<string, number> };
    w.__uploads.length = 0;
    Object.assign(w.__all, { count: 0, bytes: 0, ms: 0 });
  });
  await dropFetchedFile(page);
  await confirmUntilIdle(page);
}

const file = SHAPEFILE ? shapefileOfSize(MEGABYTES) : geojsonOfSize(MEGABYTES);
const name = SHAPEFILE ? 'large.zip' : 'large.geojson';
console.log(
  `${name}: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB, ${file.features} features`,
);
const server = await startPreviewServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // As text, with the `__name` helper tsx wraps named functions in (absent from the page).
  const options = JSON.stringify({ finish: FINISH, minBytes: MIN_KB * 1024 });
  await page.addInitScript({
    content: `var __name = (f) => f; (${traceUploads.toString()})(${options});`,
  });
  await page.route(`**/__bench/${name}`, (route) => route.fulfill({ body: file.bytes }));
  await openApp(page, server.url);
  await importByDrop(page, `${server.url}__bench/${name}`, name);
  const uploads = await page.evaluate(
    () => (window as unknown as { __uploads: Upload[] }).__uploads,
  );
  const all = await page.evaluate(
    () => (window as unknown as { __all: Record<string, number> }).__all,
  );
  const tasks = await longTasks(page);
  const origin = uploads[0]?.at ?? 0;
  let total = 0;
  for (const u of uploads) {
    total += u.bytes;
    const kind = u.target === 34962 ? 'vertex' : u.target === 34963 ? 'index ' : String(u.target);
    console.log(
      `  +${((u.at - origin) / 1000).toFixed(2)} s z${u.zoom} ${kind} ${(u.bytes / 1024 / 1024).toFixed(2).padStart(6)} MB ${u.ms.toFixed(0).padStart(5)} ms${FINISH ? ` (finish before: ${u.finishMs.toFixed(0)} ms)` : ''}  ${u.by}`,
    );
  }
  console.log(
    `all uploads: ${all.count}, ${((all.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB in ${(all.ms ?? 0).toFixed(0)} ms`,
  );
  console.log(
    `${uploads.length} uploads ≥ ${MIN_KB} KB, ${(total / 1024 / 1024).toFixed(1)} MB; longest task ${Math.max(0, ...tasks).toFixed(0)} ms, ${tasks.length} tasks ≥ 50 ms; final view ${await page.evaluate(() => location.hash)}`,
  );
} finally {
  await browser.close();
  await server.close();
}
