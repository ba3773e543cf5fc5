const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * `base.key`, or `base["odd key"]` when the key is not an identifier: the JSON path of a
 * member, as findings print it (`features[3].properties.name`).
 */
export function memberPath(base: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** `base[i][j]…` for nested array indices. */
export function indexPath(base: string, indices: readonly number[]): string {
  let path = base;
  for (const index of indices) path += `[${index}]`;
  return path;
}

/** A short, bounded rendering of any JSON value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    const shown = JSON.stringify(value.length > 4 ? [...value.slice(0, 4), '…'] : value);
    return shown.length > 80 ? `an array of ${value.length}` : shown;
  }
  if (value !== null && typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
}

/** `[105.71234, 21.23456]`: a position for a message, rounded to ~1 m. */
export function formatPosition(x: number, y: number): string {
  return `[${round(x)}, ${round(y)}]`;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
