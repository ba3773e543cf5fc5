// Runs the big overlap (N zones × M corridors) through the app's own checks worker and records
// how long the main thread is ever blocked meanwhile: long tasks (PerformanceObserver) and the
// largest gap between animation frames. The data is generated before the clock starts.
import { type GeoJSONSource, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import mapWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ResultAssembler } from '../../src/core/checks/transfer.ts';
import type { FromWorker, ToWorker } from '../../src/core/checks/worker-protocol.ts';
import { shipLayer } from '../../src/ui/analysis/shipLayer.ts';
import { generateCorridors, generateZones } from '../analysis/generate.ts';

const params = new URLSearchParams(window.location.search);
const zoneCount = Number(params.get('n') ?? 20_000);
const corridorCount = Number(params.get('m') ?? 500);
const seed = Number(params.get('seed') ?? 1);
const status = document.getElementById('status')!;

const zones = generateZones(zoneCount, seed);
const corridors = generateCorridors(corridorCount, seed + 1000);

// A map like the app's, to draw the result on afterwards (the app's MapController.setOverlay).
setWorkerUrl(mapWorkerUrl);
const mapContainer = document.createElement('div');
mapContainer.style.cssText = 'width: 800px; height: 600px';
document.body.append(mapContainer);
const map = new MapLibreMap({
  container: mapContainer,
  center: [105.62, 21.25],
  zoom: 9.5,
  style: {
    version: 8,
    sources: { analysis: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      { id: 'shared', type: 'fill', source: 'analysis', paint: { 'fill-color': '#e11d48' } },
    ],
  },
});
await new Promise<void>((resolve) => map.once('load', () => resolve()));

const assembler = new ResultAssembler();
let overlayJson = '';
// Long tasks while the check runs, and while its result is drawn on the map.
const longTasksMs: number[] = [];
const drawTasksMs: number[] = [];
let drawingFromMs = Number.POSITIVE_INFINITY;
new PerformanceObserver((list) => {
  // Only tasks after the clock starts: generating the data is not part of the measurement.
  for (const entry of list.getEntries()) {
    if (entry.startTime >= drawingFromMs) drawTasksMs.push(entry.duration);
    else if (entry.startTime >= startedMs) longTasksMs.push(entry.duration);
  }
}).observe({ type: 'longtask', buffered: false });

let running = true;
let maxFrameGapMs = 0;
let lastFrame = performance.now();
const onFrame = (now: number) => {
  maxFrameGapMs = Math.max(maxFrameGapMs, now - lastFrame);
  lastFrame = now;
  if (running) requestAnimationFrame(onFrame);
};

const worker = new Worker(new URL('../../src/workers/checks.worker.ts', import.meta.url), {
  type: 'module',
});
// Start in a fresh task, after the one that generated the data has ended.
await new Promise((resolve) => setTimeout(resolve, 100));
const startedMs = performance.now();
lastFrame = startedMs;
requestAnimationFrame(onFrame);
worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const message = event.data;
  if (message.type === 'progress') {
    status.textContent = `${message.done} / ${message.total}`;
    return;
  }
  if (message.type === 'chunk') {
    assembler.add(message.chunk);
    return;
  }
  if (message.type === 'overlay') {
    overlayJson = message.json;
    return;
  }
  running = false;
  const elapsedMs = performance.now() - startedMs;
  const { table } = assembler.result();
  // Then draw the result, as the app does, and time that separately.
  setTimeout(() => {
    drawingFromMs = performance.now();
    // As the app does (useCheckRunner): a blob URL that MapLibre's worker reads and parses.
    const url = URL.createObjectURL(new Blob([overlayJson], { type: 'application/geo+json' }));
    map.getSource<GeoJSONSource>('analysis')?.setData(url);
    map.once('idle', () => {
      const drawMs = performance.now() - drawingFromMs;
      // Let the observer deliver the last entries before reporting.
      setTimeout(() => {
        const result = {
          ok: message.type === 'done',
          rows: table.rows.length,
          elapsedMs,
          longestTaskMs: Math.max(0, ...longTasksMs),
          longTasks: longTasksMs.length,
          maxFrameGapMs,
          drawMs,
          longestDrawTaskMs: Math.max(0, ...drawTasksMs),
        };
        document.body.dataset.result = JSON.stringify(result);
        status.textContent = 'done';
      }, 200);
    });
  }, 100);
};
// Ship the layers the way the app does (in parts), then run: both count towards the stall.
await shipLayer(worker, 'zones', 1, zones);
await shipLayer(worker, 'corridors', 1, corridors);
const run: ToWorker = {
  type: 'run',
  jobId: 1,
  spec: { kind: 'overlap', a: { layerId: 'zones' }, b: { layerId: 'corridors' } },
  versions: { zones: 1, corridors: 1 },
};
worker.postMessage(run);
