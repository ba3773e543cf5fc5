// `npx vite build && npx tsx bench/figure-pdf-labels.bench.ts` (also in `npm run bench:render`):
// what the PDF's vector plan layers with the labels drawn over them cost against the PDF whose
// plan layers are pixels of the picture (`--layers-as raster`), for an A4 landscape figure at
// 300 dpi made in the app's page: file size, time and the longest main-thread task (target: none
// over 200 ms), for the bundled layers and for 10,000 zones in view. Each pair runs in one page,
// raster first, after a warm-up figure that creates the off-screen map.
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { routeTenThousandZones } from './edit/tenThousandZones.ts';

interface Made {
  bytes: number;
  elapsedMs: number;
  longestTaskMs: number;
  /** Tasks of 150 ms or more: when they started (ms from the figure's start) and how long. */
  longTasks: string;
  /** Milliseconds from the start to the end of each of composeFigure's steps. */
  steps: string;
}

/** Makes one A4 300 dpi PDF in the page and reads its size, time and longest task. */
function makePdf(page: Page, vectorLayers: boolean): Promise<Made> {
  return page.evaluate(async (vectorLayers) => {
    const tasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => {
      tasks.push(...list.getEntries());
    });
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const file = await window.giapranh!.figure({
      format: 'pdf',
      paper: 'A4',
      orientation: 'landscape',
      dotsPerInch: 300,
      date: '2026-12-04',
      vectorLayers,
    });
    const elapsedMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const steps = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('giapranh:figure:'))
      .map(
        (entry) =>
          `${entry.name.slice(16)} ${Math.round(entry.startTime + entry.duration - started)}`,
      )
      .join(', ');
    performance.clearMeasures();
    return {
      bytes: Math.floor((file.base64.length * 3) / 4),
      elapsedMs,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      longTasks: tasks
        .filter((task) => task.duration >= 150)
        .map((task) => `${Math.round(task.duration)} ms at ${Math.round(task.startTime - started)}`)
        .join(', '),
      steps,
    };
  }, vectorLayers);
}

const CASES = [
  { name: 'bundled layers', hash: '#map=10.4/21.27/105.66', zones: false },
  { name: '10,000 zones in view', hash: '#map=10.4/21.27/105.63', zones: true },
];

const server = await startPreviewServer();
const browser = await launchChromium();
try {
  console.log('A4 landscape PDF at 300 dpi, plan layers as pixels vs as paths under the labels:');
  for (const { name, hash, zones } of CASES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (zones) {
      await routeTenThousandZones(page);
    }
    await page.goto(`${server.url}?lang=vi${hash}`);
    await page.waitForFunction(() => window.giapranh?.status().ready, undefined, {
      timeout: 180_000,
      polling: 200,
    });
    await makePdf(page, false);
    const raster = await makePdf(page, false);
    const vector = await makePdf(page, true);
    const line = (label: string, made: Made) =>
      `    ${label}: ${(made.bytes / 1024).toFixed(0)} kB, ${(made.elapsedMs / 1000).toFixed(1)} s, longest task ${made.longestTaskMs.toFixed(0)} ms${process.env.BENCH_DETAIL ? ` [tasks ≥150 ms: ${made.longTasks}; steps: ${made.steps}]` : ''}`;
    console.log(`  ${name}:`);
    console.log(line('raster', raster));
    console.log(line('vector + labels', vector));
    console.log(
      `    vector + labels / raster: size ${(vector.bytes / raster.bytes).toFixed(2)}×, time ${(vector.elapsedMs / raster.elapsedMs).toFixed(2)}×`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
