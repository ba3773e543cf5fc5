import { describe, expect, it } from 'vitest';
import { importFeatures } from '../../src/core/import/import-features.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { ACCEPTANCE_POLICY, readGeoJsonInput } from '../../src/core/validate/acceptance.ts';
import {
  type MessageKey,
  type MessageParams,
  renderMessage,
  VALIDATE_MESSAGES,
} from '../../src/core/validate/messages.ts';
import type { Finding } from '../../src/core/validate/types.ts';
import { validateObject, validateText } from '../../src/core/validate/validate.ts';

const options = { fileName: 'test.geojson', layer: null };

function pointFile(coordinates: string): string {
  return `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":${coordinates}}}`;
}

function polygonFile(ring: string): string {
  return `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[${ring}]}}`;
}

function byCode(findings: readonly Finding[], code: string): Finding {
  const finding = findings.find((f) => f.code === code);
  expect(finding, JSON.stringify(findings, null, 1)).toBeDefined();
  return finding!;
}

describe('messages quote the file as written', () => {
  it('quotes ring ends that differ only in altitude', () => {
    const text = polygonFile('[[100, 0, 5], [101, 0, 5], [101, 1, 5], [100, 0, 6]]');
    const finding = byCode(validateText(text, options).findings, 'ring-not-closed');
    expect(finding.message).toContain(
      'its last position [100, 0, 6] must repeat its first [100, 0, 5]',
    );
  });

  it('quotes ring ends that differ in the 7th decimal', () => {
    const text = polygonFile('[[100.0, 0.0], [101, 0], [101, 1], [100.0000001, 0.0]]');
    const finding = byCode(validateText(text, options).findings, 'ring-not-closed');
    expect(finding.message).toContain('[100.0000001, 0.0] must repeat its first [100.0, 0.0]');
  });

  it('quotes 1e309 and 1e308 as written, not as null or Infinity', () => {
    const overflow = byCode(
      validateText(pointFile('[105.7, 1e309]'), options).findings,
      'position-invalid',
    );
    expect(overflow.message).toContain('[105.7, 1e309]');
    const huge = validateText(pointFile('[1e308, 21]'), options).findings;
    expect(byCode(huge, 'coordinates-out-of-range').message).toContain('[1e308, 21]');
  });

  it('gives every finding a line and column: the value, or the object missing a member', () => {
    const text = [
      '{"type": "FeatureCollection", "features": [',
      '  {"type": "Feature", "properties": {},',
      '   "geometry": {"type": "Point", "coordinates": [200, 21.2]}},',
      '  {"type": "Feature",',
      '   "geometry": null}',
      ']}',
    ].join('\n');
    const { findings } = validateText(text, options);
    expect(byCode(findings, 'coordinates-out-of-range')).toMatchObject({ line: 3, column: 49 });
    expect(byCode(findings, 'properties-missing')).toMatchObject({ line: 4, column: 3 });
    for (const finding of findings) expect(finding.line).toBeGreaterThan(0);
  });
});

describe('repeated member names', () => {
  it('are an error on a GeoJSON member, at the repeated name', () => {
    const text =
      '{"type": "Point",\n "type": "LineString", "coordinates": [[105.7, 21.2], [105.8, 21.3]]}';
    const finding = byCode(validateText(text, options).findings, 'duplicate-key');
    expect(finding).toMatchObject({ severity: 'error', path: 'type', line: 2, column: 2 });
    expect(finding.message).toContain('first at line 1');
  });

  it('are a warning inside properties, escaped names included', () => {
    const text = pointFile('[105.7, 21.2]').replace(
      '"properties":{}',
      '"properties":{"t\\u00ean":1,"tên":2}',
    );
    const result = validateText(text, options);
    const finding = byCode(result.findings, 'duplicate-key');
    expect(finding).toMatchObject({ severity: 'warning', path: 'properties["tên"]' });
    expect(result.ok).toBe(true);
  });
});

describe('repeated member names beyond the listed ones', () => {
  it('still fail the file when one of them is a GeoJSON member', () => {
    const repeated = Array.from({ length: 1200 }, (_, i) => `"n":${i}`).join(',');
    const feature = (properties: string, type = '"Point"') =>
      `{"type":"Feature","properties":{${properties}},"geometry":{"type":${type},"coordinates":[105.7,21.2]}}`;
    const text = `{"type":"FeatureCollection","features":[${feature(repeated)},${feature('', '"Point","type":"Point"')}]}`;
    const result = validateText(text, options);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 1199 });
  });
});

describe('rules that were missing', () => {
  it('reads 1 and "1" as the same id', () => {
    const feature = (id: number | string) => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: null,
    });
    const result = validateObject(
      { type: 'FeatureCollection', features: [feature(1), feature('1')] },
      options,
    );
    expect(byCode(result.findings, 'duplicate-id').message).toContain('written 1 there');
  });

  it('reports an out-of-range position after a far-away one in the same geometry', () => {
    const text = pointFile('[105.7, 21.2]').replace(
      '"type":"Point","coordinates":[105.7, 21.2]',
      '"type":"LineString","coordinates":[[2.35, 48.85], [200, 21.2], [105.7, 21.2], [105.8, 95]]',
    );
    const codes = validateText(text, options).findings.map((f) => f.code);
    expect(codes.filter((code) => code === 'coordinates-out-of-range')).toHaveLength(2);
    expect(codes).toContain('coordinates-far-outside');
  });

  it('groups consecutive out-of-range positions of one ring into one finding', () => {
    const text = polygonFile(
      '[[574470, 2343558], [575470, 2343558], [575470, 2344558], [574470, 2343558]]',
    );
    const findings = validateText(text, options).findings.filter(
      (f) => f.code === 'coordinates-projected',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(
      'positions 0–3 ([574470, 2343558] … [574470, 2343558]) are not',
    );
  });

  it("with region 'none', a valid place elsewhere is fine but out-of-range is still an error", () => {
    const paris = validateText(pointFile('[2.35, 48.85]'), { ...options, region: 'none' });
    expect(paris.findings).toEqual([]);
    const swapped = validateText(pointFile('[21.2, 105.7]'), { ...options, region: 'none' });
    expect(byCode(swapped.findings, 'coordinates-swapped').severity).toBe('error');
    const strict = validateText(pointFile('[2.35, 48.85]'), options);
    expect(byCode(strict.findings, 'coordinates-far-outside').severity).toBe('error');
  });

  it('ends with findings, not a stack overflow, on an object nested 200,000 deep', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const document = {
      type: 'Feature',
      id: deep,
      bbox: deep,
      properties: { deep },
      geometry: { type: 'Point', coordinates: deep },
    };
    const codes = validateObject(document, options).findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['id-invalid', 'bbox-invalid', 'position-invalid']),
    );
  });
});

describe('a text nested 200,000 deep', () => {
  it('is parsed, checked and scanned for places without a stack overflow', () => {
    const depth = 200_000;
    const text = `{"type": "Point",\n "coordinates": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const finding = byCode(validateText(text, options).findings, 'position-invalid');
    expect(finding).toMatchObject({ line: 2, column: 17 });
    expect(finding.message).toContain('found an array of 1');
  });
});

describe('both languages', () => {
  // Any parameter a message reads, as a recognisable word.
  const params = new Proxy({}, { get: (_, name) => (name === 'ring' ? 1 : `‹${String(name)}›`) });

  it.each(Object.keys(VALIDATE_MESSAGES))('%s has an English and a Vietnamese message', (key) => {
    const en = renderMessage(key as MessageKey, params as MessageParams, 'en');
    const vi = renderMessage(key as MessageKey, params as MessageParams, 'vi');
    expect(en).not.toContain('undefined');
    expect(vi).not.toContain('undefined');
    expect(vi).not.toBe(en);
  });

  it('renders findings in the language asked for', () => {
    const text = polygonFile('[[105.7, 21.2], [105.8, 21.2], [105.8, 21.3]]');
    const [finding] = validateText(text, { ...options, lang: 'vi' }).findings;
    expect(finding!.message).toBe(
      'vòng ngoài của đa giác cần ít nhất 4 vị trí (một tam giác khép kín), nhưng có 3 (RFC 7946 §3.1.6)',
    );
  });

  it('words JSON syntax errors in Vietnamese too', () => {
    const [finding] = validateText('{"type": "Point",\n}', { ...options, lang: 'vi' }).findings;
    expect(finding).toMatchObject({ code: 'json-syntax', line: 2, column: 1 });
    expect(finding!.message).toContain("dấu phẩy thừa trước '}'");
  });

  it("words an import's findings in the UI language", () => {
    const text = pointFile('[200, 21.2]');
    const outcome = importFeatures(text, 'x.geojson', getLayer('monitoring-stations')!, new Set(), {
      lang: 'vi',
    });
    expect(outcome.accepted).toBe(false);
    expect(outcome.errors[0]!.message).toContain('không phải kinh độ/vĩ độ WGS84');
  });
});

describe('the acceptance policy shared with analyze', () => {
  it('accepts a BOM, a bare geometry and four-number positions, with warnings', () => {
    expect(ACCEPTANCE_POLICY).toEqual({
      byteOrderMark: 'warning',
      bareGeometry: 'accepted',
      longPositions: 'warning',
    });
    const bom = readGeoJsonInput(`\uFEFF${pointFile('[105.7, 21.2]')}`, options);
    expect(bom.accepted && bom.result.findings.map((f) => f.code)).toEqual(['byte-order-mark']);
    const bare = readGeoJsonInput('{"type":"Point","coordinates":[105.7,21.2,3,4]}', options);
    expect(bare.accepted && bare.features).toEqual([
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [105.7, 21.2, 3, 4] },
      },
    ]);
    expect(bare.result.findings.map((f) => f.code)).toEqual(['position-too-long']);
  });

  it('refuses any error', () => {
    expect(readGeoJsonInput(pointFile('[105.7]'), options).accepted).toBe(false);
    expect(readGeoJsonInput('{"type":"Point",', options).accepted).toBe(false);
  });
});
