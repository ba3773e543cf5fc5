import { useEffect, useState } from 'react';

/**
 * The value as it was once it stopped changing for `delayMs`: the embed preview re-navigates
 * its iframe only after typing pauses, so a map still loading is not torn down on every key
 * (which aborts its tile fetches and logs them as errors).
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
