import { describe, expect, it } from 'vitest';
import { parsePath } from '../../src/core/json/json-path.ts';
import { scanJson } from '../../src/core/json/scan-json.ts';

function spanText(text: string, path: string, nearest = false): string | undefined {
  const span = scanJson(text, [path]).spanOf(path, nearest);
  return span === undefined ? undefined : text.slice(span.start, span.end);
}

describe('parsePath', () => {
  it('reads the paths findings print', () => {
    expect(parsePath('features[12].geometry.coordinates[0][3]')).toEqual([
      'features',
      12,
      'geometry',
      'coordinates',
      0,
      3,
    ]);
    expect(parsePath('features[0].properties["odd \\" key"]')).toEqual([
      'features',
      0,
      'properties',
      'odd " key',
    ]);
    expect(parsePath('')).toEqual([]);
  });
});

describe('scanJson', () => {
  const text = '{"a": [1, {"b": "x\\\\", "c\\"": [2.50, 1e309]}], "d": null}';

  it('finds the span of a value as written, past strings ending in escapes', () => {
    expect(spanText(text, 'a[1]["c\\""]')).toBe('[2.50, 1e309]');
    expect(spanText(text, 'a[1]["c\\""][1]')).toBe('1e309');
    expect(spanText(text, 'd')).toBe('null');
    expect(spanText(text, 'a[1].b')).toBe('"x\\\\"');
  });

  it('gives the nearest written ancestor of a missing member only when asked', () => {
    expect(spanText(text, 'a[1].missing')).toBeUndefined();
    expect(spanText(text, 'a[1].missing', true)).toBe('{"b": "x\\\\", "c\\"": [2.50, 1e309]}');
  });

  it('finds repeated names, escaped spellings included, with the path of their object', () => {
    const scan = scanJson('{"p": [{"n": 1, "\\u006e": 2}], "p": 3}', []);
    expect(scan.duplicateKeys.map(({ objectPath, key }) => ({ objectPath, key }))).toEqual([
      { objectPath: ['p', 0], key: 'n' },
      { objectPath: [], key: 'p' },
    ]);
  });

  it('keeps its own stack: 200,000 levels of nesting', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const path = `[0]`.repeat(199_999);
    expect(scanJson(deep, [path]).spanOf(path)).toEqual({ start: 199_999, end: 200_001 });
  });
});
