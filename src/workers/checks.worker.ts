/// <reference lib="webworker" />
import { overlayOf, resultTable } from '../core/checks/result-table.ts';
import { runCheck } from '../core/checks/run-check.ts';
import { resultChunks } from '../core/checks/transfer.ts';
import {
  type FromWorker,
  RESULT_CHUNK_ROWS,
  type ToWorker,
} from '../core/checks/worker-protocol.ts';

// Runs planning checks off the main thread, so the map stays responsive: a thin shell around
// core/checks, which yields every ~50 ms so that "cancel" gets through.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();
const layerCache = new Map<string, { version: number; collection: GeoJSON.FeatureCollection }>();
const post = (message: FromWorker) => scope.postMessage(message);

function receivePart(message: Extract<ToWorker, { type: 'layer-part' }>): void {
  let cached = layerCache.get(message.layerId);
  if (message.first || cached?.version !== message.version) {
    cached = { version: message.version, collection: { type: 'FeatureCollection', features: [] } };
    layerCache.set(message.layerId, cached);
  }
  for (const feature of message.features) cached.collection.features.push(feature);
}

function layersAt(versions: Record<string, number>): Record<string, GeoJSON.FeatureCollection> {
  const layers: Record<string, GeoJSON.FeatureCollection> = {};
  for (const [layerId, version] of Object.entries(versions)) {
    const cached = layerCache.get(layerId);
    if (cached?.version !== version) {
      throw new Error(`layer "${layerId}" version ${version} was never sent to the worker`);
    }
    layers[layerId] = cached.collection;
  }
  return layers;
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { jobId, spec } = message;
  const controller = new AbortController();
  running.set(jobId, controller);
  try {
    const outcome = await runCheck(spec, layersAt(message.versions), {
      ...(message.lang ? { lang: message.lang } : {}),
      signal: controller.signal,
      onProgress: (done, total) => post({ type: 'progress', jobId, done, total }),
    });
    const table = resultTable(outcome, message.lang);
    for (const chunk of resultChunks(outcome, table, RESULT_CHUNK_ROWS)) {
      post({ type: 'chunk', jobId, chunk });
    }
    post({ type: 'overlay', jobId, json: JSON.stringify(overlayOf(table)) });
    post({ type: 'done', jobId });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', jobId });
    else post({ type: 'error', jobId, message: (error as Error).message });
  } finally {
    running.delete(jobId);
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'layer-part':
      return receivePart(message);
    case 'cancel':
      return running.get(message.jobId)?.abort();
    case 'run':
      return void run(message);
  }
};
