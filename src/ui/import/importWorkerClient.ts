import type { FileShape } from '../../core/import/file-shape.ts';
import type { FileImportOutcome } from '../../core/import/import-file.ts';
import type {
  ImportAck,
  ImportProgress,
  ImportRequest,
  ImportResponse,
  MapReadyLayer,
} from '../../core/import/import-protocol.ts';
import { nextTask } from '../../core/scheduling/nextTask.ts';

/** How one request to the import worker ended. */
export type ImportResult =
  | {
      kind: 'outcome';
      outcome: FileImportOutcome;
      mapData?: MapReadyLayer[];
      /** What an accepted file holds, taken by the worker. */
      shape?: FileShape;
    }
  | { kind: 'failure'; message: string }
  | { kind: 'cancelled' };

interface Waiting {
  features: GeoJSON.Feature[];
  mapData?: MapReadyLayer[];
  onProgress: (progress: ImportProgress) => void;
  resolve: (result: ImportResult) => void;
}

/**
 * The page's side of the import worker: one request at a time in practice, its progress
 * passed on, its feature batches gathered (each a message of its own, so no single task on
 * the page takes the whole file), and `cancel`, which terminates the worker (the next request
 * starts a fresh one): nothing has landed before the outcome, so the layers stay as they were.
 */
export class ImportWorkerClient {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  request(
    message: Omit<ImportRequest, 'requestId'>,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportResult> {
    this.nextId += 1;
    const requestId = this.nextId;
    return new Promise<ImportResult>((resolve) => {
      this.waiting.set(requestId, { features: [], onProgress, resolve });
      this.ensureWorker().postMessage({ ...message, requestId } satisfies ImportRequest);
    });
  }

  /** Stops whatever the worker is doing; every pending request ends as cancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.waiting.values()) waiting.resolve({ kind: 'cancelled' });
    this.waiting.clear();
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'giapranh-import',
    });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => this.receive(event.data);
    this.worker = worker;
    return worker;
  }

  /**
   * Lets the worker send the next batch once the page has had a turn: the task is queued after
   * the microtask in which React schedules the render of the progress just passed on, so the
   * progress is drawn (and a click on Cancel handled) between batches.
   */
  private acknowledge(requestId: number): void {
    const worker = this.worker;
    queueMicrotask(() =>
      nextTask().then(() => {
        if (worker !== this.worker || !this.waiting.has(requestId)) return;
        worker?.postMessage({ requestId, ack: true } satisfies ImportAck);
      }),
    );
  }

  private receive(response: ImportResponse): void {
    const waiting = this.waiting.get(response.requestId);
    if (!waiting) return;
    if ('batch' in response) {
      for (const feature of response.batch) waiting.features.push(feature);
      waiting.onProgress(response.progress);
      this.acknowledge(response.requestId);
    } else if ('progress' in response) {
      waiting.onProgress(response.progress);
    } else if ('mapData' in response) {
      waiting.mapData = response.mapData;
    } else if ('failure' in response) {
      this.waiting.delete(response.requestId);
      waiting.resolve({ kind: 'failure', message: response.failure });
    } else {
      this.waiting.delete(response.requestId);
      const outcome = { ...response.outcome, features: waiting.features };
      waiting.resolve({
        kind: 'outcome',
        outcome,
        ...(waiting.mapData && { mapData: waiting.mapData }),
        ...(response.shape && { shape: response.shape }),
      });
    }
  }
}
