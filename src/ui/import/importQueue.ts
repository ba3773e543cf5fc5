/**
 * Chains `job` after `previous` so that files run one after another, and a job that throws
 * (a landing whose patch no longer applies, say) is handed to `onError` instead of rejecting
 * the chain: without the catch every later job would be skipped, silently. The promise
 * returned never rejects (unless `onError` itself throws).
 */
export function queueAfter(
  previous: Promise<void>,
  job: () => Promise<void>,
  onError: (error: unknown) => void,
): Promise<void> {
  return previous.then(job).catch(onError);
}
