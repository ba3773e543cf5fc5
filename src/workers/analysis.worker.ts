/// <reference lib="webworker" />
import type { Feature } from 'geojson';
import {
  bufferFeature,
  measureFeature,
  nearestBetween,
  overlapBetween,
} from '../core/analysis/index.ts';

/** A job for the analysis worker. `id` pairs replies with requests. */
export type AnalysisJob =
  | { type: 'run'; id: number; kind: 'measure'; inputs: { features: Feature[] } }
  | { type: 'run'; id: number; kind: 'nearest'; inputs: { from: Feature[]; to: Feature[] } }
  | { type: 'run'; id: number; kind: 'overlap'; inputs: { a: Feature[]; b: Feature[] } }
  | {
      type: 'run';
      id: number;
      kind: 'buffer';
      inputs: { features: Feature[] };
      params: { distanceMeters: number };
    }
  | { type: 'cancel'; id: number };

/** What the worker posts back. */
export type AnalysisReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();

scope.onmessage = (event: MessageEvent<AnalysisJob>) => {
  const job = event.data;
  if (job.type === 'cancel') {
    running.get(job.id)?.abort();
    return;
  }
  void run(job);
};

async function run(job: Extract<AnalysisJob, { type: 'run' }>): Promise<void> {
  const controller = new AbortController();
  running.set(job.id, controller);
  const options = {
    signal: controller.signal,
    onProgress: (done: number, total: number) =>
      post({ type: 'progress', id: job.id, done, total }),
  };
  try {
    post({ type: 'result', id: job.id, result: await compute(job, options) });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', id: job.id });
    else post({ type: 'error', id: job.id, message: (error as Error).message });
  } finally {
    running.delete(job.id);
  }
}

/** The whole worker is this dispatch: every computation lives in core/analysis. */
function compute(
  job: Extract<AnalysisJob, { type: 'run' }>,
  options: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<unknown> | unknown {
  switch (job.kind) {
    case 'measure':
      return job.inputs.features.map(measureFeature);
    case 'nearest':
      return nearestBetween(job.inputs.from, job.inputs.to, options);
    case 'overlap':
      return overlapBetween(job.inputs.a, job.inputs.b, options);
    case 'buffer':
      return job.inputs.features.map((feature) =>
        bufferFeature(feature, job.params.distanceMeters),
      );
  }
}

function post(reply: AnalysisReply): void {
  scope.postMessage(reply);
}
