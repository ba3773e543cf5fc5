/// <reference lib="webworker" />
import { resultTable } from '../core/checks/result-table.ts';
import { runCheck } from '../core/checks/run-check.ts';
import type { FromWorker, ToWorker } from '../core/checks/worker-protocol.ts';

// Runs planning checks off the main thread, so the map stays responsive; a thin shell around
// core/checks, which yields every ~50 ms so that "cancel" gets through.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();
const post = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running.get(message.jobId)?.abort();
    return;
  }
  const { jobId, spec, layers } = message;
  const controller = new AbortController();
  running.set(jobId, controller);
  try {
    const outcome = await runCheck(spec, layers, {
      signal: controller.signal,
      onProgress: (done, total) => post({ type: 'progress', jobId, done, total }),
    });
    post({ type: 'done', jobId, outcome, table: resultTable(outcome) });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', jobId });
    else post({ type: 'error', jobId, message: (error as Error).message });
  } finally {
    running.delete(jobId);
  }
};
