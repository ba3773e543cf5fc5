/**
 * Resolves in a task of its own, queued behind the tasks already waiting (a render React has
 * scheduled, a click, the map's frame): the way long work gives the page a turn. A
 * `MessageChannel` message rather than a timer, so there is no 1–4 ms clamp between slices.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work cut into slices of at most about `budgetMs` each, with the page's turn between them. */
export interface TimeSlices {
  /** Whether the current slice has used its budget. */
  spent(): boolean;
  /** Gives the page a turn if the slice is spent (then a new slice starts); else resolves now. */
  pause(): Promise<void>;
}

/** Starts slicing work: the first slice begins now. */
export function timeSlices(budgetMs: number): TimeSlices {
  const now = () => globalThis.performance?.now() ?? Date.now();
  let until = now() + budgetMs;
  const spent = () => now() >= until;
  return {
    spent,
    async pause() {
      if (!spent()) return;
      await nextTask();
      until = now() + budgetMs;
    },
  };
}
