import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const text = generated(3000);
    for (const lang of ['en', 'vi'] as const) {
      const result = expectSame(text, { fileName: 'industrial-zones.geojson', lang });
      expect(result.errorCount).toBeGreaterThan(1000);
      expect(result.omittedCount).toBeGreaterThan(0);
      expect(result.findings.every((finding) => finding.line !== undefined)).toBe(true);
    }
    expectSame(text, { fileName: 'x.geojson', layer: null, maxFindings: 37 });
    const features = JSON.parse(text).features.map((f: unknown) => JSON.stringify(f));
    const sized = collection(features, '\n  "bbox": [105, 21, 0, 106, 22, 0],', ',"geometry":null');
    expectSame(sized, { fileName: 'x.geojson', layer: null, maxFindings: 37 });
    expectSame(sized, { fileName: 'x.geojson', layer: null });
    expectSame('{"bbox":[1,2,3,4,5,6],"type":"FeatureCollection","features":[1,2]}', {
      fileName: 'x.geojson',
    });
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
    const latin1 = encoder.encode(`{"type":"FeatureCollection","features":[${feature}]}`);
    const broken = new Uint8Array([...latin1.slice(0, 20), 0xe0, ...latin1.slice(20)]);
    expect(validateByFeature(broken, { fileName: 'b.geojson' })).toBeUndefined();
  });
});

/** Polygons in the region, every few broken in one of several ways, one or several lines each. */
function generated(count: number): string {
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
    let text = JSON.stringify(feature, null, i % 2 === 0 ? 2 : undefined);
    if (i % 11 === 0) text = text.replace('"type"', '"type": "Feature", "type"');
    if (i % 13 === 0) text = text.replace(`${lon}`, `${lon}00`);
    features.push(text);
  }
  return collection(features);
}
