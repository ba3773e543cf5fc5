/** Runs an action once nothing has happened for a while. */
export interface QuietTimer {
  /** Starts (or starts again) the wait: the action runs `quietMs` from now unless touched again. */
  restart(): void;
  /** Stops the wait: the action does not run until `restart` is called again. */
  cancel(): void;
}

/**
 * A timer that runs `action` once `quietMs` have passed since the last `restart`: how the kept
 * figure map is torn down when the planner has stopped making figures.
 */
export function quietTimer(quietMs: number, action: () => void): QuietTimer {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };
  return {
    restart: () => {
      cancel();
      pending = setTimeout(() => {
        pending = null;
        action();
      }, quietMs);
    },
    cancel,
  };
}
