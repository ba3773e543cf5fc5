/**
 * The size of the next batch of work that should take about `targetMs`, from the last one:
 * `done` units took `spentMs`. Kept within `[min, max]`; a batch too quick to time keeps `max`.
 * A busy machine (or a slower one) gets smaller batches, so each task stays short there too.
 */
export function nextBatchSize(
  done: number,
  spentMs: number,
  targetMs: number,
  limits: { min: number; max: number },
): number {
  if (!(spentMs > 0)) return limits.max;
  const scaled = Math.round((done * targetMs) / spentMs);
  return Math.max(limits.min, Math.min(limits.max, scaled));
}
