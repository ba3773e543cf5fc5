import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findJsonSyntaxError,
  findJsonSyntaxErrorInBytes,
} from '../../src/core/json/find-syntax-error.ts';
import { syntaxErrorInBytes } from '../../src/core/validate/syntax-of-bytes.ts';
import type { ValidateOptions } from '../../src/core/validate/types.ts';
import { validateBytes } from '../../src/core/validate/validate-bytes.ts';

/**
 * A big file that is not JSON is told so from its bytes, never decoded whole: the finding must
 * be the one the whole text gives, at the same line and column, in both languages.
 */
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

function bytesOf(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  return Uint8Array.from(chunks.flatMap((chunk) => [...chunk]));
}

/** Both paths on the same bytes; the byte path must have answered, not left it to the other. */
function expectSame(bytes: Uint8Array, options: ValidateOptions) {
  const whole = validateBytes(bytes, options, { featureByFeatureBytes: Number.POSITIVE_INFINITY });
  expect(syntaxErrorInBytes(bytes, options), 'found in the bytes').toBeDefined();
  expect(validateBytes(bytes, options, { featureByFeatureBytes: 0 })).toEqual(whole);
  return whole;
}

const feature = (i: number) =>
  `{"type": "Feature", "id": ${i}, "properties": {"tên": "Khu công nghiệp ${i} 😀"},\n   "geometry": {"type": "Point", "coordinates": [105.${i}, 21.${i}]}}`;
const COLLECTION = `{"type": "FeatureCollection", "features": [\n  ${[1, 2, 3, 4, 5].map(feature).join(',\n  ')}\n]}\n`;

describe('syntax errors found in the bytes', () => {
  it('a file cut short anywhere, with or without a BOM, in both languages', () => {
    const full = encoder.encode(COLLECTION);
    for (let cut = 1; cut < full.length - 2; cut += 7) {
      const bytes = full.subarray(0, cut);
      for (const lang of ['en', 'vi'] as const) {
        const result = expectSame(bytes, { fileName: 'cut.geojson', lang });
        expect(result.findings.at(-1)!.code).toBe('json-syntax');
      }
      expectSame(bytesOf([0xef, 0xbb, 0xbf], [...bytes]), { fileName: 'bom.geojson' });
    }
  });

  it('one broken feature among good ones, bad bytes before it, one long line', () => {
    const broken = [
      COLLECTION.replace('"id": 3,', '"id": 3'),
      COLLECTION.replace('"id": 3,', '"id": 3,,'),
      COLLECTION.replace('[105.3', '[105.3.'),
      COLLECTION.replace('[105.3', '[-'),
      COLLECTION.replace('"Point"', "'Point'"),
      COLLECTION.replace('}}', '}} x'),
      COLLECTION.replace('nghiệp 4', 'nghiệp\\q'),
      COLLECTION.replace('nghiệp 4', 'nghiệp\\u12'),
      COLLECTION.replace('nghiệp 4', 'nghiệp\t4'),
      COLLECTION.replace('[105.4', '[é'),
      COLLECTION.replace('[105.4', '[😀'),
      COLLECTION.replace(']}\n', ']} {}\n'),
      COLLECTION.replace(']}\n', ']\n'),
      `${COLLECTION} // the end`,
    ];
    for (const text of broken) {
      expectSame(encoder.encode(text), { fileName: 'broken.geojson' });
      expectSame(encoder.encode(text.replaceAll('\n', '')), { fileName: 'line.geojson' });
      const [before, after] = text.split('Khu công nghiệp 1 ') as [string, string];
      const latin = bytesOf(before, [0x4b, 0x68, 0x75, 0x20, 0x63, 0xab, 0x6e, 0x67], after);
      const result = expectSame(latin, { fileName: 'tcvn3.geojson', lang: 'vi' });
      expect(result.findings.map((finding) => finding.code)).toEqual([
        'encoding-not-utf8',
        'json-syntax',
      ]);
    }
  });

  it('leaves to the whole text what it reads otherwise: JSON, a sequence, UTF-16, gzip', () => {
    const options = { fileName: 'other.geojson' };
    const sequence = `${feature(1).replaceAll('\n', '')}\n${feature(2).replaceAll('\n', '')}\n`;
    const longSequence = `${'{"type":"Feature"}\n'.repeat(60_000)}`;
    const bigFirstLine = `{"type":"Feature","properties":{"n":"${'x'.repeat(1 << 20)}"}}\n{}\n`;
    const cases = [
      encoder.encode(COLLECTION),
      encoder.encode('[1, 2]'),
      encoder.encode(sequence),
      encoder.encode(longSequence),
      encoder.encode(bigFirstLine),
      bytesOf([0x1e], sequence),
      bytesOf(
        [0xff, 0xfe],
        [...'{"a":'].flatMap((c) => [c.charCodeAt(0), 0]),
      ),
      bytesOf([0x1f, 0x8b, 0x08, 0]),
    ];
    for (const bytes of cases) {
      expect(syntaxErrorInBytes(bytes, options)).toBeUndefined();
      const whole = validateBytes(bytes, options, {
        featureByFeatureBytes: Number.POSITIVE_INFINITY,
      });
      expect(validateBytes(bytes, options, { featureByFeatureBytes: 0 })).toEqual(whole);
    }
  });
});

/** JSON texts with one edit: a unit removed, inserted or replaced, or the text cut short. */
const brokenJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom('', ',', ']', '}', '"', '\\', '.', 'e', '-', 'é', '😀', '\n', 'x', '\u0001'),
    fc.constantFrom('insert', 'replace', 'cut'),
  )
  .map(([json, at, unit, edit]) => {
    const i = at % (json.length + 1);
    if (edit === 'cut') return json.slice(0, i);
    return json.slice(0, i) + unit + json.slice(edit === 'insert' ? i : i + 1);
  });

describe('findJsonSyntaxErrorInBytes', () => {
  it('finds what findJsonSyntaxError finds in the decoded text, at the same place', () => {
    fc.assert(
      fc.property(brokenJson, fc.boolean(), (text, badByte) => {
        let bytes: Uint8Array = encoder.encode(text);
        if (badByte) bytes = bytesOf([...bytes.subarray(0, 1)], [0xc3], [...bytes.subarray(1)]);
        const decoded = LENIENT.decode(bytes);
        const expected = findJsonSyntaxError(decoded);
        const found = findJsonSyntaxErrorInBytes(bytes);
        const offset = found && LENIENT.decode(bytes.subarray(0, found.offset)).length;
        expect(found && { ...found, offset }).toEqual(expected);
      }),
      { numRuns: 3000, seed: 46 },
    );
  });
});
