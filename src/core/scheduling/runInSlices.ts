import { timeSlices } from './nextTask.ts';

/** The outcome of {@link runInSlices}: the generator's value, or that `stop` ended it first. */
export type SlicedRun<T> = { done: true; value: T } | { done: false };

/**
 * Runs a generator that pauses (yields) every few milliseconds of work across tasks of about
 * `sliceMs` each, with the page's turn between them, so no single task is long. `stop` is asked
 * after each turn the page had: when it says so, the generator is dropped unfinished.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  options: { sliceMs?: number; stop?: () => boolean } = {},
): Promise<SlicedRun<T>> {
  const slices = timeSlices(options.sliceMs ?? 30);
  let next = steps.next();
  while (!next.done) {
    if (slices.spent()) {
      await slices.pause();
      if (options.stop?.()) return { done: false };
    }
    next = steps.next();
  }
  return { done: true, value: next.value };
}
