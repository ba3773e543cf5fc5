import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  bufferFeature,
  measureFeature,
  nearestBetween,
  overlapBetween,
} from '../../src/core/analysis/index.ts';
import { decodeGeoJsonBytes } from '../../src/core/validate/decode-bytes.ts';
import type { ValidationResult } from '../../src/core/validate/types.ts';
import { validateObject, validateText } from '../../src/core/validate/validate.ts';
import { validateBytes } from '../../src/core/validate/validate-bytes.ts';

// Property-based robustness: valid collections, mutated the ways real and hostile files break,
// must always end with findings or results, never an exception. Seeded, so a failure replays;
// each property is also stopped by fast-check after a time budget and that counts as a failure
// (a hang or a blow-up shows as an interrupted, failed run, not as a timing assertion).
const SEED = 20_261_204;
const BUDGET = { interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true } as const;

const VALID = readFileSync(
  resolve(import.meta.dirname, '..', 'fixtures/validate/valid.geojson'),
  'utf8',
);
const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi;

/** Replaces the `nth` (mod count) match of `pattern` in `text`. */
function replaceNth(text: string, pattern: RegExp, nth: number, by: string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const match = matches[nth % matches.length]!;
  return text.slice(0, match.index) + by + text.slice(match.index + match[0].length);
}

const nestedArray = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;

/** Numbers as a file may write them that JavaScript cannot hold or that JSON forbids. */
const extremeNumber = fc.constantFrom(
  '1e308',
  '1e309',
  '-1e309',
  '-0',
  '0e0',
  '1e-400',
  '123456789012345678901234567890.5',
  'NaN',
  'Infinity',
  '0x10',
  '1.',
  '.5',
  '-',
);
const otherType = fc.constantFrom('"105.7"', 'null', 'true', '{}', '[]', '[[]]', '""');

/** Text mutations: truncation, type swaps, extreme numbers, duplicated keys, stray text. */
const textMutation = fc.oneof(
  fc.nat().map((at) => (text: string) => text.slice(0, at % text.length)),
  fc.tuple(fc.nat(), otherType).map(
    ([n, by]) =>
      (text: string) =>
        replaceNth(text, NUMBER, n, by),
  ),
  fc.tuple(fc.nat(), extremeNumber).map(
    ([n, by]) =>
      (text: string) =>
        replaceNth(text, NUMBER, n, by),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('"type": "Point", ', '"id": 1, "id": "1", ', '"a": 1, "a": 2, '),
    )
    .map(
      ([n, extra]) =>
        (text: string) =>
          replaceNth(text, /\{/g, n, `{${extra}`),
    ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(([at, stray]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + stray + text.slice(i);
  }),
);

/** Nesting deep enough to overflow a recursive walk, where a file can put it. */
const deepNesting = fc
  .tuple(fc.integer({ min: 1_000, max: 50_000 }), fc.nat(), fc.constantFrom(0, 1, 2, 3, 4))
  .map(([depth, n, where]) => (text: string) => {
    if (where === 0) return replaceNth(text, NUMBER, n, nestedArray(depth)); // coordinates
    if (where === 1)
      return replaceNth(
        text,
        /"type": "Feature"/g,
        n,
        `"type": "Feature", "bbox": ${nestedArray(depth)}`,
      );
    if (where === 2) return replaceNth(text, /"id": "[^"]*"/g, n, `"id": ${nestedArray(depth)}`);
    if (where === 3)
      return replaceNth(text, /"properties": /g, n, `"properties": ${nestedObject(depth)}, "x": `);
    return replaceNth(text, /"features": \[/g, n, `"features": [${nestedArray(depth)}, `);
  });

/** Byte mutations: invalid UTF-8, legacy encodings, random bytes, at any place. */
const byteMutation = fc
  .tuple(
    fc.nat(),
    fc.oneof(
      fc.constantFrom([0xc3], [0xff], [0xed, 0xa0, 0x80], [0x48, 0xb5, 0x20, 0x4e, 0xe9], [0x1e]),
      fc.uint8Array({ minLength: 1, maxLength: 16 }).map((bytes) => [...bytes]),
    ),
  )
  .map(([at, inserted]) => (bytes: Uint8Array) => {
    const i = at % (bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, i), ...inserted, ...bytes.subarray(i)]);
  });

const options = { fileName: 'fuzz.geojson', layer: null, region: 'none' } as const;

/** What every validation must end with: a result that agrees with itself. */
function expectCoherent(result: ValidationResult): void {
  expect(result.ok).toBe(result.errorCount === 0);
  expect(result.findings.length).toBeLessThanOrEqual(result.errorCount + result.warningCount);
  for (const finding of result.findings) {
    expect(typeof finding.message).toBe('string');
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

const apply = (mutations: Array<(text: string) => string>, start = VALID) =>
  mutations.reduce((text, mutate) => mutate(text), start);

const square = (west: number, south: number, side: number) => [
  [
    [west, south],
    [west + side, south],
    [west + side, south + side],
    [west, south + side],
    [west, south],
  ],
];
/** Valid geometry at the edges of what analysis must cope with: poles, the antimeridian, 0. */
const edgeGeometry = fc.constantFrom(
  { type: 'Point', coordinates: [180, 90] },
  { type: 'Point', coordinates: [-180, -90] },
  { type: 'Point', coordinates: [-0, 1e-300] },
  { type: 'Point', coordinates: [105.6, 21.31, 1e308] },
  {
    type: 'LineString',
    coordinates: [
      [179.9, 0],
      [-179.9, 0],
    ],
  },
  { type: 'Polygon', coordinates: square(105.6, 21.3, 1e-9) },
  { type: 'Polygon', coordinates: square(-180, -90, 360) },
  { type: 'Polygon', coordinates: square(179, 89, 1) },
  {
    type: 'Polygon',
    coordinates: [
      [
        [0, 89.9],
        [120, 89.9],
        [-120, 89.9],
        [0, 89.9],
      ],
    ],
  },
);
/** The valid collection with some features' geometry swapped for edge cases, pretty-printed. */
const withEdgeGeometry = fc
  .array(fc.tuple(fc.nat(), edgeGeometry), { maxLength: 3 })
  .map((swaps) => {
    const document = JSON.parse(VALID) as { features: Array<{ geometry: unknown }> };
    for (const [n, geometry] of swaps)
      document.features[n % document.features.length]!.geometry = geometry;
    return JSON.stringify(document, null, 2);
  });

describe('validation under mutation (property)', () => {
  it('ends with findings on truncated, retyped, extreme, duplicated and stray text', () => {
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        expectCoherent(validateText(apply(mutations), options));
      }),
      { numRuns: 300, seed: SEED, ...BUDGET },
    );
  });

  it('ends with findings on arrays and objects nested thousands deep anywhere', () => {
    fc.assert(
      fc.property(deepNesting, textMutation, (nest, mutate) => {
        const text = nest(VALID);
        expectCoherent(validateText(text, options));
        expectCoherent(validateText(mutate(text), options));
      }),
      { numRuns: 60, seed: SEED, ...BUDGET },
    );
  });

  it('ends with findings on any bytes: invalid UTF-8, legacy encodings, random bytes', () => {
    const valid = new TextEncoder().encode(VALID);
    fc.assert(
      fc.property(fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const bytes = mutations.reduce((current, mutate) => mutate(current), valid);
        const decoded = decodeGeoJsonBytes(bytes, options);
        expect(decoded.text !== undefined || decoded.findings.length > 0).toBe(true);
        expectCoherent(validateBytes(bytes, options));
      }),
      { numRuns: 300, seed: SEED, ...BUDGET },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expectCoherent(validateBytes(bytes, options));
      }),
      { numRuns: 300, seed: SEED, ...BUDGET },
    );
  });
});

describe('analysis of what the validator passes, under mutation (property)', () => {
  it('measures, buffers, finds nearest and overlaps without throwing, to finite numbers', async () => {
    let analysed = 0;
    await fc.assert(
      fc.asyncProperty(
        withEdgeGeometry,
        fc.array(textMutation, { maxLength: 2 }),
        async (start, mutations) => {
          const features = passingFeatures(apply(mutations, start));
          analysed += features.length;
          for (const feature of features) {
            const measure = measureFeature(feature);
            expect(Number.isFinite(measure.lengthMeters)).toBe(true);
            expect(Number.isFinite(measure.areaSquareMeters)).toBe(true);
            expect(bufferFeature(feature, 100).geometry.type).toBe('MultiPolygon');
          }
          const nearest = await nearestBetween(features, features);
          expect(nearest).toHaveLength(features.length);
          for (const row of await overlapBetween(features, features)) {
            expect(Number.isFinite(row.overlapSquareMeters)).toBe(true);
          }
        },
      ),
      { numRuns: 60, seed: SEED, ...BUDGET },
    );
    // Not vacuous: most mutations leave some features valid, and those were analysed.
    expect(analysed).toBeGreaterThan(60);
  });
});

/** The features of a text that the validator finds nothing wrong with, one by one. */
function passingFeatures(text: string): Feature[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return [];
  }
  const features = (document as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  return features.filter(
    (feature): feature is Feature =>
      feature?.geometry != null && validateObject(feature, options).errorCount === 0,
  );
}
