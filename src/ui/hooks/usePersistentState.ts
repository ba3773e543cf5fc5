import { useCallback, useState } from 'react';

const PREFIX = 'giapranh:';

function read<T>(key: string, fallback: T, accept: (value: unknown) => value is T): T {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const parsed: unknown = JSON.parse(raw);
    return accept(parsed) ? parsed : fallback;
  } catch {
    // Private mode or a corrupted value: fall back rather than break the app.
    return fallback;
  }
}

/** A UI preference kept in localStorage (never the document itself). */
export function usePersistentState<T>(
  key: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, fallback, accept));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or unavailable: the preference still applies for this visit.
      }
    },
    [key],
  );
  return [value, update];
}

export const isNumberRecord = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'number' && v >= 0 && v <= 1);
