import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidateOptions, ValidationResult } from '../../src/core/validate/types.ts';
import { validateByFeature } from '../../src/core/validate/validate-by-feature.ts';
import { validateBytes } from '../../src/core/validate/validate-bytes.ts';

/**
 * A large FeatureCollection is validated feature by feature; its findings (messages, places,
 * quotes, counts, ids) must be exactly those of the whole-text path. Each file here goes through
 * both paths, and the feature path must not have fallen back to the other.
 */
const CONFORMANCE = join(import.meta.dirname, '..', 'fixtures', 'conformance');
const encoder = new TextEncoder();

function bothPaths(text: string | Uint8Array, options: ValidateOptions) {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const whole = validateBytes(bytes, options, { featureByFeatureBytes: Number.POSITIVE_INFINITY });
  const byFeature = validateByFeature(bytes, options);
  return {
    whole,
    byFeature,
    dispatched: validateBytes(bytes, options, { featureByFeatureBytes: 0 }),
  };
}

function expectSame(text: string | Uint8Array, options: ValidateOptions): ValidationResult {
  const { whole, byFeature, dispatched } = bothPaths(text, options);
  expect(byFeature, 'read feature by feature, not refused').toBeDefined();
  expect(byFeature).toEqual(whole);
  expect(dispatched).toEqual(whole);
  return whole;
}

/** A fixture's text as features of a collection, written as it is (its numbers, its lines). */
function asFeatures(text: string): string[] {
  const value = JSON.parse(text) as { type?: string };
  if (value.type === 'FeatureCollection') return [];
  if (value.type === 'Feature') return [text.trim()];
  return [`{"type": "Feature", "properties": {}, "geometry": ${text.trim()}}`];
}

function collection(features: string[], before = '', after = ''): string {
  const body = features.map((feature) => `    ${feature.replaceAll('\n', '\n    ')}`).join(',\n');
  return `{\n  "type": "FeatureCollection",${before}\n  "features": [\n${body}\n  ]${after}\n}\n`;
}

const fixtures = readdirSync(CONFORMANCE).filter((file) => file.endsWith('.geojson'));

describe('feature by feature gives the whole-text findings', () => {
  it.each(fixtures)('conformance fixture %s', (file) => {
    const text = readFileSync(join(CONFORMANCE, file), 'utf8');
    let features: string[];
    try {
      features = asFeatures(text);
    } catch {
      return; // not JSON: a syntax fixture, read whole (see the fallback test)
    }
    const options = { fileName: file, layer: null, region: 'none' as const };
    if (features.length === 0) {
      const { whole, byFeature } = bothPaths(text, options);
      if (byFeature !== undefined) expect(byFeature).toEqual(whole);
      return;
    }
    // Twice, so ids repeat across features and places differ between copies.
    expectSame(collection([...features, ...features]), options);
    expectSame(collection(features, '\n  "bbox": [1, 2, 3],', ',\n  "geometry": null'), options);
  });

  it('a generated file with errors in many features, past the findings cap, in both languages', () => {
    const features = generatedFeatures(3000);
    const text = collection(features);
    for (const lang of ['en', 'vi'] as const) {
      const result = expectSame(text, { fileName: 'industrial-zones.geojson', lang });
      expect(result.errorCount).toBeGreaterThan(1000);
      expect(result.omittedCount).toBeGreaterThan(0);
      expect(result.findings.every((finding) => finding.line !== undefined)).toBe(true);
    }
    expectSame(text, { fileName: 'x.geojson', layer: null, maxFindings: 37 });
    const sized = collection(features, '\n  "bbox": [105, 21, 0, 106, 22, 0],', ',"geometry":null');
    expectSame(sized, { fileName: 'x.geojson', layer: null, maxFindings: 37 });
    expectSame(sized, { fileName: 'x.geojson', layer: null });
    expectSame(text.replaceAll('\n', ''), { fileName: 'one-line.geojson', layer: null });
    expectSame('{"bbox":[1,2,3,4,5,6],"type":"FeatureCollection","features":[1,2]}', {
      fileName: 'x.geojson',
    });
  });

  it('bytes that are not UTF-8: in one feature, several on a line, cut-off sequences', () => {
    const features = generatedFeatures(400);
    // TCVN3 "Khu c«ng nghiÖp" in feature 123: the error names the encoding, the rest is checked.
    features[123] = features[123]!.replace('Khu công nghiệp', 'Khu c\u00abng nghi\u00d6p');
    const text = collection(features);
    const latin1 = (part: string) => Uint8Array.from(part, (c) => c.charCodeAt(0) & 0xff);
    const marker = 'Khu c\u00abng nghi\u00d6p';
    const [before, after] = text.split(marker) as [string, string];
    const bytes = concat(encoder.encode(before), latin1(marker), encoder.encode(after));
    for (const lang of ['en', 'vi'] as const) {
      const result = expectSame(bytes, { fileName: 'industrial-zones.geojson', lang });
      expect(result.findings[0]!.code).toBe('encoding-not-utf8');
    }
    expectSame(bytes, { fileName: 'x.geojson', layer: null, maxFindings: 5 });
    // Every kind of bad sequence before a finding on the same line, in the skeleton and features.
    const broken = [
      [0x80],
      [0xc3],
      [0xe0, 0x80],
      [0xe1, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf0, 0x80],
      [0xf0, 0x90, 0x80],
      [0xf4, 0x90],
      [0xf5],
      [0xff, 0xfe],
      [0xf0, 0x9f, 0x98, 0x80], // 😀, well-formed: two columns
    ];
    const point = (at: number) =>
      `{"type":"Feature","properties":{"n":"${'@'.repeat(at % 3)}#"},"geometry":{"type":"Point","coordinates":[200,${at}]}}`;
    const parts: Uint8Array[] = [
      encoder.encode('{"name":"#","type":"FeatureCollection","features":['),
    ];
    for (let at = 0; at < broken.length; at++)
      parts.push(encoder.encode(`${at === 0 ? '' : ','}${point(at)}`));
    parts.push(encoder.encode('],"bbox":"#"}'));
    const oneLine = concat(...parts);
    const spliced: number[] = [];
    let next = 0;
    for (const byte of oneLine) {
      if (byte !== 0x23) spliced.push(byte);
      else spliced.push(...broken[next++ % broken.length]!);
    }
    const withBad = Uint8Array.from(spliced);
    const result = expectSame(withBad, { fileName: 'x.geojson', layer: null });
    expect(result.findings.filter((f) => f.code === 'coordinates-out-of-range')).toHaveLength(11);
    // A sequence cut off after the document is a syntax error: read whole.
    const cutOff = bothPaths(Uint8Array.from([...withBad, 0xc3]), { fileName: 'x.geojson' });
    expect(cutOff.dispatched).toEqual(cutOff.whole);
  });

  it('places around the features: a BOM, CRLF, wide characters, members after the array', () => {
    const feature = `{"type":"Feature","id":"😀 Hà Nội","properties":{"tên":"Đông Anh","a":1,"a":2},
      "geometry":{"type":"Point","coordinates":[ 200.0, 21.0 ],"type":"Point"}}`;
    const head =
      '\n  "name": "Khu công nghiệp 😀", "crs": {"type":"name","properties":{"name":"EPSG:3405"}},';
    const tail = ',\n  "bbox": [105, 21, "x", 22], "type": "FeatureCollection", "properties": {}';
    const text = collection(
      [feature, feature, `{"type":"Feature","properties":null,"geometry":null}`],
      head,
      tail,
    );
    const options = { fileName: 'mixed.geojson', layer: null };
    expectSame(text, options);
    expectSame(`\uFEFF${text}`, options);
    expectSame(text.replaceAll('\n', '\r\n'), options);
    expectSame(text.replaceAll('\n', ' '), options);
  });

  it('more than a thousand repeated names, in the skeleton and the features', () => {
    const repeated = (count: number, key: string) =>
      Array.from({ length: count }, () => `"${key}": 1`).join(', ');
    const feature = `{"type":"Feature","properties":{${repeated(300, 'p')}},"geometry":null,"id":1,"id":2}`;
    const text = collection(
      [feature, feature, feature, feature],
      ` ${repeated(200, 'x')}, "type": "FeatureCollection",`,
      `, ${repeated(700, 'crs')}`,
    );
    const result = expectSame(text, { fileName: 'dups.geojson', layer: null });
    expect(result.errorCount).toBeGreaterThan(700);
  });

  it('falls back to the whole text, with the same findings, when the layout is not plain', () => {
    const feature = '{"type":"Feature","properties":{},"geometry":null}';
    const cases = [
      `{"type":"FeatureCollection","features":[${feature},]}`, // trailing comma
      `{"type":"FeatureCollection","features":[,${feature}]}`, // leading comma
      `{"type":"FeatureCollection","features":[${feature},,${feature}]}`,
      `{"type":"FeatureCollection","features":[${feature} ${feature}]}`,
      `{"type":"FeatureCollection","features":[${feature}],"features":[]}`,
      `{"type":"Feature","features":[${feature}],"properties":{},"geometry":null}`,
      `{"type":"FeatureCollection","features":{}}`,
      `{"type":"FeatureCollection","features":[${feature}]}\n{"type":"Feature"}`,
      `{"type":"FeatureCollection","features":[{"type":"Feature"}}]}`,
      `[${feature}]`,
    ];
    for (const text of cases) {
      const { whole, byFeature, dispatched } = bothPaths(text, {
        fileName: 'f.geojson',
        layer: null,
      });
      expect(byFeature, text).toBeUndefined();
      expect(dispatched, text).toEqual(whole);
    }
  });
});

/** Where an edit goes: after the n-th match of a pattern, or in place of it. */
interface Edit {
  pattern: RegExp;
  n: number;
  put: string | Uint8Array;
  replace: boolean;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g;
/** The ways files break: members repeated or misplaced, numbers and types swapped, bad bytes. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    pattern: fc.constant(/\{/g),
    n: fc.nat(),
    put: fc.constantFrom(
      '"id": 1, "id": "1", ',
      '"type": "Point", ',
      '"a": 1, "a": 2, ',
      '"bbox": [1, 2, 3, 4, 5, 6], ',
      '"coordinates": [], "features": [], ',
      '"id": "iz-3", ',
    ),
    replace: fc.constant(false),
  }),
  fc.record({
    pattern: fc.constant(NUMBER),
    n: fc.nat(),
    put: fc.constantFrom('1e309', '200', '-0', '"x"', 'null', '[[[[0]]]]', '105.50000001', '21, 5'),
    replace: fc.constant(true),
  }),
  fc.record({
    pattern: fc.constant(/"/g),
    n: fc.nat(),
    put: fc.oneof(
      fc.constantFrom('😀', 'Hà Nội', '\\u00e9'),
      fc.uint8Array({ minLength: 1, maxLength: 3 }),
    ),
    replace: fc.constant(false),
  }),
  fc.record({
    pattern: fc.constant(/[,\]}]/g),
    n: fc.nat(),
    put: fc.constantFrom('', ',', ' x', '\n'),
    replace: fc.boolean(),
  }),
);

function applyEdit(bytes: Uint8Array, { pattern, n, put, replace }: Edit): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return bytes;
  const match = matches[n % matches.length]!;
  const at = encoder.encode(text.slice(0, match.index)).length;
  const length = encoder.encode(match[0]).length;
  const inserted = typeof put === 'string' ? encoder.encode(put) : put;
  const keep = replace ? at : at + length;
  return concat(bytes.subarray(0, keep), inserted, bytes.subarray(at + length));
}

describe('feature by feature under mutation (property)', () => {
  const base = encoder.encode(collection(generatedFeatures(40), '\n  "bbox": [105, 21, 106, 22],'));
  it('gives the whole-text result on any edit of a collection, whichever path reads it', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const bytes = edits.reduce(applyEdit, base);
        const options = { fileName: 'industrial-zones.geojson' };
        const whole = validateBytes(bytes, options, {
          featureByFeatureBytes: Number.POSITIVE_INFINITY,
        });
        expect(validateBytes(bytes, options, { featureByFeatureBytes: 0 })).toEqual(whole);
      }),
      { numRuns: 200, seed: 46 },
    );
  });
});

/** Polygons in the region, every few broken in one of several ways, one or several lines each. */
function generatedFeatures(count: number): string[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const features: string[] = [];
  for (let i = 0; i < count; i++) {
    const lon = 105.5 + random() * 0.4;
    const lat = 21.1 + random() * 0.3;
    const ring = [
      [lon, lat],
      [lon + 0.01, lat],
      [lon + 0.01, lat + 0.01],
      [lon, lat + 0.01],
      [lon, lat],
    ];
    const feature: Record<string, unknown> = {
      type: 'Feature',
      id: `iz-${i}`,
      properties: { name: `Khu công nghiệp ${i}`, status: 'planned', extra: i },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
    const kind = i % 7;
    if (kind === 0) ring[4] = [lon + 0.001, lat];
    else if (kind === 1) ring[2] = [lon, lat + 0.01];
    else if (kind === 2) ring[3] = [lon + 180, lat];
    else if (kind === 3) feature.id = `iz-${i - 1}`;
    else if (kind === 4) ring.reverse();
    else if (kind === 5)
      (feature.geometry as { coordinates: unknown[] }).coordinates.push(crossing(lon, lat));
    let text = JSON.stringify(feature, null, i % 2 === 0 ? 2 : undefined);
    if (i % 11 === 0) text = text.replace('"type"', '"type": "Feature", "type"');
    if (i % 13 === 0) text = text.replace(`${lon}`, `${lon}00`);
    if (i % 97 === 0)
      text = text.replace('"properties"', `"deep": ${deepArray(3000)}, "properties"`);
    if (i % 389 === 0)
      text = text.replace('"coordinates":', `"coordinates": ${deepArray(5000)}, "c":`);
    features.push(text);
  }
  return features;
}

/** A hole that leaves its shell across the east edge. */
function crossing(lon: number, lat: number): number[][] {
  return [
    [lon + 0.005, lat + 0.004],
    [lon + 0.005, lat + 0.006],
    [lon + 0.015, lat + 0.006],
    [lon + 0.015, lat + 0.004],
    [lon + 0.005, lat + 0.004],
  ];
}

/** `[[[…[0]…]]]`, `depth` brackets deep. */
function deepArray(depth: number): string {
  return `${'['.repeat(depth)}0${']'.repeat(depth)}`;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
