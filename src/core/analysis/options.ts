/** Progress and cancellation for long analyses (the browser worker and the CLI pass these). */
export interface AnalysisOptions {
  /** Called now and then with how many items are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  /** When aborted, the analysis stops at its next checkpoint and rejects with an AbortError. */
  signal?: AbortSignal;
}

/** How long a synchronous stretch may run before we yield, so a cancel message gets through. */
const YIELD_EVERY_MS = 50;

/**
 * Drives a long loop: reports progress, and when a signal is given yields to the event loop
 * every ~50 ms so that a Web Worker can receive "cancel" while it works.
 */
export interface Checkpoint {
  /** Call once per item, with how many are done. */
  tick(done: number): Promise<void> | undefined;
  /** Call at the end: reports completion. */
  finish(): void;
}

/** A checkpoint for a loop of `total` items. */
export function checkpoint(options: AnalysisOptions | undefined, total: number): Checkpoint {
  const signal = options?.signal;
  const onProgress = options?.onProgress;
  let lastMs = now();
  signal?.throwIfAborted();
  onProgress?.(0, total);
  return {
    tick(done) {
      if (!signal && !onProgress) return undefined;
      const currentMs = now();
      if (currentMs - lastMs < YIELD_EVERY_MS) return undefined;
      lastMs = currentMs;
      onProgress?.(done, total);
      if (!signal) return undefined;
      return yieldToEventLoop().then(() => signal.throwIfAborted());
    },
    finish() {
      onProgress?.(total, total);
    },
  };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
