// `npm run bench:app`: JS shipped before first render and cold start to first map idle, each as a
// ratio against a floor page (bare MapLibre + React drawing the same bundled GeoJSON), measured
// in one run, interleaved, so the noisy machine affects both sides alike.
import { resolve } from 'node:path';
import { build } from 'vite';
import { LAYERS } from '../src/core/layers/registry.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreviewServer } from '../tests/e2e/support/server.ts';
import { basemapBytesBeforeIdle } from './app/basemapBytes.ts';
import { coldStartMs } from './app/coldStart.ts';
import { jsWeight, sum } from './app/jsWeight.ts';

const ROOT = resolve(import.meta.dirname, '..');
// Idle with every registry layer's data pushed to the map (see MapController.reportIdle).
const APP_READY = `[data-testid="map"][data-idle="true"][data-data-layers="${LAYERS.length}"]`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const floorConfig = resolve(ROOT, 'bench/floor/vite.config.ts');
  await build({ configFile: floorConfig, logLevel: 'warn' });
  const app = jsWeight(resolve(ROOT, 'dist'));
  const floor = jsWeight(resolve(ROOT, '.bench/floor-dist'));

  console.log('JS shipped before first render (gzip -9):');
  for (const chunk of app.initial)
    console.log(
      `  app   ${chunk.file.padEnd(48)} ${kb(chunk.gzipBytes).padStart(10)}  (raw ${kb(chunk.rawBytes)})`,
    );
  for (const chunk of floor.initial)
    console.log(
      `  floor ${chunk.file.padEnd(48)} ${kb(chunk.gzipBytes).padStart(10)}  (raw ${kb(chunk.rawBytes)})`,
    );
  console.log('Lazy JS (loads on demand):');
  for (const chunk of app.lazy)
    console.log(`  app   ${chunk.file.padEnd(48)} ${kb(chunk.gzipBytes).padStart(10)}`);
  const appGzip = sum(app.initial, 'gzipBytes');
  const floorGzip = sum(floor.initial, 'gzipBytes');
  const jsRatio = appGzip / floorGzip;
  console.log(
    `  total initial: app ${kb(appGzip)} vs maplibre-gl + react floor ${kb(floorGzip)} → ${jsRatio.toFixed(3)}× (target ≤ 1.15×)`,
  );

  const appServer = await startPreviewServer();
  const floorServer = await startPreviewServer({
    configFile: floorConfig,
    root: resolve(ROOT, 'bench/floor'),
  });
  const browser = await launchChromium();
  const appTimes: number[] = [];
  const floorTimes: number[] = [];
  let basemap: Awaited<ReturnType<typeof basemapBytesBeforeIdle>> | undefined;
  try {
    basemap = await basemapBytesBeforeIdle(browser, appServer.url, APP_READY);
    // One warm-up of each (disk cache of the OS, SwiftShader JIT), then interleaved rounds.
    await coldStartMs(browser, floorServer.url, 'floor:idle', 'body[data-idle="true"]');
    await coldStartMs(browser, appServer.url, 'giapranh:idle', APP_READY);
    for (let round = 0; round < ROUNDS; round++) {
      floorTimes.push(
        await coldStartMs(browser, floorServer.url, 'floor:idle', 'body[data-idle="true"]'),
      );
      appTimes.push(await coldStartMs(browser, appServer.url, 'giapranh:idle', APP_READY));
    }
  } finally {
    await browser.close();
    await appServer.close();
    await floorServer.close();
  }
  const timeRatio = median(appTimes) / median(floorTimes);
  console.log(
    `Cold start to first map idle, headless Chromium (SwiftShader), ${ROUNDS} interleaved rounds:`,
  );
  console.log(
    `  app   median ${median(appTimes).toFixed(0)} ms  [${appTimes.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  floor median ${median(floorTimes).toFixed(0)} ms  [${floorTimes.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  console.log(`  ratio ${timeRatio.toFixed(3)}× (target ≤ 1.3×)`);
  if (basemap) {
    console.log(
      `Basemap before first idle at the default view: ${basemap.requests} requests, ` +
        `${kb(basemap.transferBytes)} on the wire (target ≤ 300 KB)`,
    );
  }
}

await main();
