import type { Lang } from '../i18n/messages.ts';

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

/** Levels of nested arrays shown before `…`: a value nested 100,000 deep must not recurse. */
const SHOWN_DEPTH = 3;
const SHOWN_ITEMS = 4;

/**
 * A short, bounded rendering of any parsed JSON value for a message, used when the file's own
 * text is not at hand. Never recurses deeper than a few levels.
 */
export function describeValue(value: unknown, lang: Lang = 'en'): string {
  if (value === undefined) return lang === 'vi' ? 'không có gì' : 'nothing';
  if (Array.isArray(value)) {
    const shown = shortArray(value, SHOWN_DEPTH);
    if (shown.length <= 80) return shown;
    return lang === 'vi' ? `một mảng ${value.length} phần tử` : `an array of ${value.length}`;
  }
  if (value !== null && typeof value === 'object')
    return lang === 'vi' ? 'một object' : 'an object';
  return scalar(value);
}

function shortArray(array: readonly unknown[], depth: number): string {
  if (depth === 0) return '[…]';
  const items = array.slice(0, SHOWN_ITEMS).map((item) => {
    if (Array.isArray(item)) return shortArray(item, depth - 1);
    if (item !== null && typeof item === 'object') return '{…}';
    return scalar(item);
  });
  if (array.length > SHOWN_ITEMS) items.push('…');
  return `[${items.join(', ')}]`;
}

function scalar(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
}

/** `[105.71234, 21.23456]`: a computed position for a message, rounded to ~1 m. */
export function formatPosition(x: number, y: number): string {
  return `[${round(x)}, ${round(y)}]`;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
