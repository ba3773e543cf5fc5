import communesUrl from '../../../data/admin2025/communes.geojson?url';
import districtsUrl from '../../../data/sources/districts-2019.geojson?url';
import type { AdminFrame } from '../../core/admin-frame/admin-frame.ts';
import type { AdminFrameResponse } from '../../core/admin-frame/worker-protocol.ts';

let worker: Worker | undefined;
let serial = 0;
// One answer per geometry object: a property edit keeps the geometry, and asks no second time.
const answers = new WeakMap<GeoJSON.Geometry, Promise<AdminFrame>>();
const waiting = new Map<
  number,
  { resolve: (frame: AdminFrame) => void; reject: (e: Error) => void }
>();

function frameWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../workers/adminFrame.worker.ts', import.meta.url), {
    type: 'module',
    name: 'admin-frame',
  });
  worker.onmessage = (event: MessageEvent<AdminFrameResponse>) => {
    const response = event.data;
    const waiter = waiting.get(response.serial);
    waiting.delete(response.serial);
    if ('frame' in response) waiter?.resolve(response.frame);
    else waiter?.reject(new Error(response.error));
  };
  // A worker that fails to start or dies answers nothing: every question waiting is refused
  // (the rows leave "Computing…" for nothing shown) and the next one starts a new worker.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    for (const waiter of waiting.values()) waiter.reject(new Error(event.message));
    waiting.clear();
  };
  return worker;
}

/**
 * The frame of a geometry, computed in a worker from the bundled 2019 districts and 2025
 * communes (fetched and indexed there once, on the first feature that needs it: about 150 KB
 * gzip). Rejects if they cannot be loaded; a later call tries again.
 */
export function frameOf(geometry: GeoJSON.Geometry): Promise<AdminFrame> {
  let answer = answers.get(geometry);
  if (!answer) {
    answer = ask(geometry);
    answers.set(geometry, answer);
    answer.catch(() => answers.delete(geometry));
  }
  return answer;
}

function ask(geometry: GeoJSON.Geometry): Promise<AdminFrame> {
  serial += 1;
  const request = {
    serial,
    geometry,
    units: {
      districts2019: new URL(districtsUrl, window.location.href).href,
      communes2025: new URL(communesUrl, window.location.href).href,
    },
  };
  return new Promise((resolve, reject) => {
    waiting.set(request.serial, { resolve, reject });
    frameWorker().postMessage(request);
  });
}
