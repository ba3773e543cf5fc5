// Runs the big overlap (N zones × M corridors) through the app's own checks worker and records
// how long the main thread is ever blocked meanwhile: long tasks (PerformanceObserver) and the
// largest gap between animation frames. The data is generated before the clock starts.
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

const assembler = new ResultAssembler();
const longTasksMs: number[] = [];
new PerformanceObserver((list) => {
  // Only tasks after the clock starts: generating the data is not part of the measurement.
  for (const entry of list.getEntries()) {
    if (entry.startTime >= startedMs) longTasksMs.push(entry.duration);
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
  running = false;
  const elapsedMs = performance.now() - startedMs;
  // Let the observer deliver the last entries before reporting.
  setTimeout(() => {
    const result = {
      ok: message.type === 'done',
      rows: assembler.result().table.rows.length,
      elapsedMs,
      longestTaskMs: Math.max(0, ...longTasksMs),
      longTasks: longTasksMs.length,
      maxFrameGapMs,
    };
    document.body.dataset.result = JSON.stringify(result);
    status.textContent = 'done';
  }, 200);
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
