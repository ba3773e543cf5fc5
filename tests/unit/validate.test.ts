import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLayer } from '../../src/core/layers/registry.ts';
import { withCrossFileDuplicateIds } from '../../src/core/validate/cross-file-ids.ts';
import type { Finding, ValidationResult } from '../../src/core/validate/types.ts';
import { validateObject, validateText } from '../../src/core/validate/validate.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'validate');

function validateFixture(name: string): ValidationResult {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return validateText(text, { fileName: name });
}

function codes(result: ValidationResult): string[] {
  return result.findings.map((finding) => finding.code);
}

function only(result: ValidationResult, code: string): Finding {
  const matching = result.findings.filter((finding) => finding.code === code);
  expect(matching, JSON.stringify(result.findings, null, 2)).toHaveLength(1);
  return matching[0]!;
}

describe('validateText on fixtures', () => {
  it('finds nothing in a valid file with a polygon, a hole, a line, a point and a multipolygon', () => {
    const result = validateFixture('valid.geojson');
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.featureCount).toBe(4);
  });

  it('finds nothing in a valid file of a known layer', () => {
    const result = validateFixture('layer-valid/industrial-zones.geojson');
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = validateFixture('malformed.geojson');
    const finding = only(result, 'json-syntax');
    expect(finding).toMatchObject({ severity: 'error', line: 5, column: 5 });
    expect(finding.message).toContain("expected ',' or ']'");
    expect(result.ok).toBe(false);
  });

  it('says that swapped coordinates look swapped, and where they would lie', () => {
    const finding = only(validateFixture('swapped.geojson'), 'coordinates-swapped');
    expect(finding.severity).toBe('error');
    expect(finding.path).toBe('features[0].geometry.coordinates');
    expect(finding.featureId).toBe('well');
    expect(finding.message).toContain('[105.7, 21.2] lies in the region');
  });

  it('says that projected metres look like VN-2000 or UTM, and to reproject', () => {
    const finding = only(validateFixture('projected.geojson'), 'coordinates-projected');
    expect(finding.path).toBe('features[0].geometry.coordinates[0][0]');
    expect(finding.message).toContain('projected metres');
    expect(finding.message).toContain('EPSG:5897');
    expect(finding.message).toContain('UTM 48N');
    expect(finding.message).toContain(
      'positions 0–4 ([574470, 2343558] … [574470, 2343558]) are not',
    );
    expect(finding.message).toContain('(RFC 7946 §4)');
  });

  it('warns about a "crs" member naming a projected system', () => {
    const finding = only(validateFixture('projected.geojson'), 'crs-member');
    expect(finding).toMatchObject({ severity: 'warning', path: 'crs' });
    expect(finding.message).toContain('EPSG::5897');
  });

  it('says that valid degrees elsewhere on Earth are just elsewhere', () => {
    const finding = only(validateFixture('elsewhere.geojson'), 'coordinates-far-outside');
    expect(finding.message).toContain('somewhere else on Earth');
  });

  it('finds an unclosed ring', () => {
    const finding = only(validateFixture('unclosed-ring.geojson'), 'ring-not-closed');
    expect(finding.path).toBe('features[0].geometry.coordinates[0]');
    expect(finding.message).toContain('must repeat its first [105.7, 21.2]');
  });

  it('finds a bowtie ring crossing itself, and where', () => {
    const finding = only(validateFixture('bowtie.geojson'), 'ring-self-intersection');
    expect(finding.path).toBe('features[0].geometry.coordinates[0][0]');
    expect(finding.message).toContain('near [105.71, 21.21]');
    expect(finding.message).toContain('position 0 meets the edge from position 2');
  });

  it('finds rings and lines with too few positions', () => {
    const result = validateFixture('too-few-positions.geojson');
    expect(only(result, 'ring-too-few-positions').featureId).toBe('sliver');
    expect(only(result, 'line-too-few-positions').featureId).toBe('stub');
  });

  it('finds empty geometries', () => {
    const result = validateFixture('empty-geometry.geojson');
    expect(codes(result)).toEqual(['geometry-empty', 'geometry-empty']);
    expect(result.findings.map((f) => f.featureIndex)).toEqual([0, 1]);
  });

  it('finds a hole outside its exterior ring', () => {
    const finding = only(validateFixture('hole-outside.geojson'), 'hole-outside-shell');
    expect(finding.path).toBe('features[0].geometry.coordinates[1]');
  });

  it('finds a duplicate id and names the feature that used it first', () => {
    const finding = only(validateFixture('duplicate-ids.geojson'), 'duplicate-id');
    expect(finding).toMatchObject({ featureIndex: 2, featureId: 'kcn-1', path: 'features[2].id' });
    expect(finding.message).toContain('features[0]');
  });

  it('warns, without failing the file, about the wrong winding of an exterior ring and a hole', () => {
    const result = validateFixture('winding.geojson');
    expect(codes(result)).toEqual(['winding-exterior-clockwise', 'winding-hole-counter-clockwise']);
    expect(result.findings.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(result.ok).toBe(true);
  });

  it('warns, without failing the file, about HTML in a property, but not about a lone "<"', () => {
    const result = validateFixture('html.geojson');
    const finding = only(result, 'property-html');
    expect(finding).toMatchObject({ severity: 'warning', path: 'features[0].properties.name' });
    expect(result.ok).toBe(true);
  });

  it('checks a known layer file against its schema', () => {
    const result = validateFixture('layer-invalid/industrial-zones.geojson');
    const byPath = Object.fromEntries(result.findings.map((f) => [f.path, f.code]));
    expect(byPath).toEqual({
      'features[0].properties.name': 'property-missing',
      'features[1].properties.accuracy': 'property-invalid',
      'features[1].properties.accuracy_m': 'property-invalid',
      'features[1].properties.valid_from': 'property-invalid',
      'features[1].properties.tenants': 'property-invalid',
      'features[1].properties.area_ha_declared': 'property-invalid',
      'features[2].geometry.type': 'geometry-type-not-allowed',
    });
  });

  it('checks no schema for a file of no known layer, even with the same bad properties', () => {
    const text = readFileSync(join(FIXTURES, 'layer-invalid/industrial-zones.geojson'), 'utf8');
    const result = validateText(text, { fileName: 'my-import.geojson' });
    expect(result.findings).toEqual([]);
  });

  it('uses the layer the caller names, whatever the file name', () => {
    const text = readFileSync(join(FIXTURES, 'valid.geojson'), 'utf8');
    const result = validateText(text, {
      fileName: 'x.geojson',
      layer: getLayer('industrial-zones'),
    });
    expect(codes(result)).toContain('geometry-type-not-allowed');
    expect(codes(result)).toContain('property-missing');
  });

  it('finds structural mistakes: no properties member, string coordinates, unknown type', () => {
    const result = validateFixture('structure.geojson');
    expect(codes(result)).toEqual(['properties-missing', 'position-invalid', 'geometry-type']);
    expect(result.findings[1]!.message).toContain('2 more like this');
  });

  it('says when a file is JSON but not GeoJSON', () => {
    const result = validateFixture('not-geojson.json');
    expect(codes(result)).toEqual(['not-geojson']);
    expect(result.ok).toBe(false);
  });
});

describe('validateObject', () => {
  const point = (id: string) => ({
    type: 'Feature',
    id,
    properties: {},
    geometry: { type: 'Point', coordinates: [105.6, 21.3] },
  });

  it('validates an object the app already holds', () => {
    const result = validateObject(
      { type: 'FeatureCollection', features: [point('a')] },
      { fileName: 'import' },
    );
    expect(result).toMatchObject({ ok: true, featureCount: 1, findings: [] });
  });

  it('warns once per unknown property of a layer, at its first use, with the count', () => {
    const zone = (id: string) => ({
      type: 'Feature',
      id,
      properties: {
        name: 'Khu công nghiệp',
        name_en: 'Industrial park',
        source: 'test',
        accuracy: 'indicative',
        accuracy_m: 300,
        acuracy: 'typo',
      },
      geometry: { type: 'Point', coordinates: [105.6, 21.3] },
    });
    const result = validateObject(
      { type: 'FeatureCollection', features: [zone('a'), zone('b'), zone('c')] },
      { fileName: 'x', layer: getLayer('monitoring-stations') },
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'property-unknown',
        path: 'features[0].properties.acuracy',
        featureIndex: 0,
        featureId: 'a',
      }),
    ]);
    expect(result.findings[0]!.message).toContain('in 3 features');
    expect(result.ok).toBe(true);
  });

  it('keeps errors ahead of warnings when the cap is reached', () => {
    const clockwise = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.7, 21.2],
            [105.7, 21.3],
            [105.8, 21.3],
            [105.7, 21.2],
          ],
        ],
      },
    };
    const features = [...Array.from({ length: 20 }, () => clockwise), point('x'), point('x')];
    const result = validateObject(
      { type: 'FeatureCollection', features },
      { fileName: 'many', maxFindings: 5 },
    );
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'duplicate-id',
      ...Array<string>(4).fill('winding-exterior-clockwise'),
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 20, omittedCount: 16 });
  });

  it('keeps the first findings and counts the rest beyond the cap', () => {
    const features = Array.from({ length: 30 }, () => point('same'));
    const result = validateObject(
      { type: 'FeatureCollection', features },
      { fileName: 'many', maxFindings: 10 },
    );
    expect(result.findings).toHaveLength(10);
    expect(result.errorCount).toBe(29);
    expect(result.omittedCount).toBe(19);
    expect(result.ok).toBe(false);
  });
});

describe('withCrossFileDuplicateIds', () => {
  it('reports an id used in two files on the later file, naming the earlier one', () => {
    const results = ['cross-files/a.geojson', 'cross-files/b.geojson'].map(validateFixture);
    expect(results.every((result) => result.ok)).toBe(true);
    const [a, b] = withCrossFileDuplicateIds(results);
    expect(a!.ok).toBe(true);
    expect(b!.ok).toBe(false);
    const finding = only(b!, 'duplicate-id-across-files');
    expect(finding).toMatchObject({
      featureIndex: 1,
      featureId: 'shared-id',
      path: 'features[1].id',
    });
    expect(finding.message).toContain('features[0] in cross-files/a.geojson');
  });
});
