import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../../src/core/json/line-column.ts';
import {
  type FeatureSpan,
  FeatureSpanScanner,
  findFeatureSpans,
} from '../../src/core/validate/feature-spans.ts';

const FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** Bytes that keep a string open: anything but the quote and the backslash. */
const stringByte = fc.oneof(
  fc.integer({ min: 0x80, max: 0xff }),
  fc.constantFrom(0x61, 0x0a, 0x20),
  fc.integer({ min: 0x23, max: 0x5b }),
);

/** A collection whose features hold strings of arbitrary bytes, some on one line. */
const collectionBytes = fc
  .array(fc.tuple(fc.array(stringByte, { maxLength: 12 }), fc.boolean()), {
    minLength: 1,
    maxLength: 8,
  })
  .map((features) => {
    const bytes: number[] = [...encoder.encode('{"a":"\u00e9","features":[')];
    for (const [i, [inside, newline]] of features.entries()) {
      if (i > 0) bytes.push(...encoder.encode(newline ? ',\n ' : ','));
      bytes.push(...encoder.encode('{"n":"'), ...inside, ...encoder.encode('"}'));
    }
    bytes.push(...encoder.encode('\n]}'));
    return Uint8Array.from(bytes);
  });

describe('findFeatureSpans', () => {
  it('places features where a lenient UTF-8 decoder puts them, and knows bad bytes', () => {
    fc.assert(
      fc.property(collectionBytes, (bytes) => {
        const layout = findFeatureSpans(bytes);
        expect(layout).toBeDefined();
        let fatal = false;
        try {
          FATAL.decode(bytes);
        } catch {
          fatal = true;
        }
        expect(layout!.invalidUtf8).toBe(fatal);
        const text = LENIENT.decode(bytes);
        for (const span of [...layout!.features, { start: layout!.close }]) {
          const offset = LENIENT.decode(bytes.subarray(0, span.start)).length;
          const expected = lineColumnAt(text, offset);
          const found =
            'line' in span
              ? { line: span.line, column: span.column }
              : { line: layout!.closeLine, column: layout!.closeColumn };
          expect(found).toEqual(expected);
        }
      }),
      { numRuns: 2000, seed: 46 },
    );
  });
});

describe('FeatureSpanScanner', () => {
  /** The layout of `bytes` pushed in pieces cut at `cuts`. */
  function scanInChunks(bytes: Uint8Array, cuts: readonly number[]) {
    const scanner = new FeatureSpanScanner();
    const features: FeatureSpan[] = [];
    let from = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(bytes.length)) {
      scanner.push(bytes.subarray(from, cut), (span) => features.push({ ...span }));
      from = cut;
    }
    return scanner.finish() ? scanner.layout(features) : undefined;
  }

  it('finds what one pass over the whole finds, however the bytes come in chunks', () => {
    const withBom = collectionBytes.chain((bytes) =>
      fc.constantFrom(bytes, Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])),
    );
    fc.assert(
      fc.property(withBom, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const within = cuts.map((cut) => cut % (bytes.length + 1));
        expect(scanInChunks(bytes, within)).toEqual(findFeatureSpans(bytes));
      }),
      { numRuns: 1000, seed: 6 },
    );
  });

  it('refuses a broken layout whatever the chunks', () => {
    const broken = encoder.encode('{"features":[1,,2]}');
    for (const cut of [1, 2, 14, 15, 16]) expect(scanInChunks(broken, [cut])).toBeUndefined();
    const short = encoder.encode('{}');
    expect(scanInChunks(short, [1])).toBeUndefined();
  });
});

describe('findFeatureSpans on what is not one document', () => {
  it('gives up at the second record of a GeoJSONSeq, before reading the rest', () => {
    const scanner = new FeatureSpanScanner();
    const record = '{"type":"FeatureCollection","features":[{"type":"Feature"}]}\n';
    expect(scanner.push(encoder.encode(record), () => {})).toBe(true);
    expect(scanner.push(encoder.encode(record), () => {})).toBe(false);
    expect(findFeatureSpans(encoder.encode(record.repeat(2)))).toBeUndefined();
  });
});
