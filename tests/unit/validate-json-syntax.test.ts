import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/core/json/find-syntax-error.ts';
import { lineColumnAt } from '../../src/core/json/line-column.ts';
import { validateText } from '../../src/core/validate/validate.ts';

/** Where the scanner puts the error, as line:column. */
function place(text: string): string {
  const error = findJsonSyntaxError(text);
  if (error === undefined) return 'valid';
  const { line, column } = lineColumnAt(text, error.offset);
  return `${line}:${column}`;
}

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    const texts = [
      '{}',
      '[]',
      ' {"a": [1, -2.5e+3, true, false, null, "x\\u00e9\\n"]} ',
      '0',
      '"s"',
    ];
    for (const text of texts) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it.each([
    ['{"a": 1,}', '1:9', 'trailing comma'],
    ['[1, 2', '1:6', "expected ',' or ']'"],
    ['{"a" 1}', '1:6', "expected ':'"],
    ["{'a': 1}", '1:2', 'double-quoted property name'],
    ['{"a": tru}', '1:7', 'expected a value'],
    ['{"a": 01}', '1:8', "expected ',' or '}'"],
    ['{"a": -}', '1:8', 'invalid number'],
    ['{"a": "x\ny"}', '1:9', 'line break'],
    ['{"a": "x', '1:7', 'never closed'],
    ['{"a": 1} x', '1:10', 'after the JSON value'],
    ['// note\n{}', '1:1', 'comments'],
    ['', '1:1', 'empty'],
  ])('finds the error in %j at %s', (text, expected, words) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(place(text)).toBe(expected);
    expect(findJsonSyntaxError(text)!.message).toContain(words);
  });

  it('counts lines the same in CRLF files', () => {
    expect(place('{\r\n  "a": 1\r\n  "b": 2\r\n}')).toBe('3:3');
  });

  it('survives nesting far deeper than the call stack', () => {
    const deep = `${'['.repeat(200_000)}1${']'.repeat(199_999)}`;
    expect(place(deep)).toBe(`1:${deep.length + 1}`);
  });
});

describe('validateText with broken JSON', () => {
  it('reports one json-syntax error with line and column, and no features', () => {
    const result = validateText('{\n  "type": "FeatureCollection",\n  "features": [}\n', {
      fileName: 'broken.geojson',
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'json-syntax', line: 3, column: 16, severity: 'error' }),
    ]);
    expect(result).toMatchObject({ ok: false, featureCount: 0 });
  });

  it('accepts a byte-order mark with a warning, and counts columns after it', () => {
    const ok = validateText('\uFEFF{"type": "FeatureCollection", "features": []}', {
      fileName: 'bom',
    });
    expect(ok.findings.map((f) => f.code)).toEqual(['byte-order-mark']);
    expect(ok.ok).toBe(true);
    const broken = validateText('\uFEFF{"type" "x"}', { fileName: 'bom' });
    expect(broken.findings[0]).toMatchObject({ line: 1, column: 9 });
  });
});
