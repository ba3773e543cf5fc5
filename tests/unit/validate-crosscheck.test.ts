import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateObject } from '../../src/core/validate/validate.ts';

/**
 * Our structural checks replace geojson-validation at run time (we need paths, one finding per
 * geometry and speed), so these tests hold them to the same verdict on every fixture and on
 * mutations of a valid file.
 */
const gjv = createRequire(import.meta.url)('geojson-validation') as {
  valid(value: unknown): boolean;
};

/** Our codes for what geojson-validation checks; the rest (regions, schema, …) it does not. */
const STRUCTURAL_CODES = new Set([
  'not-geojson',
  'features-not-array',
  'feature-not-object',
  'feature-type',
  'properties-missing',
  'geometry-missing',
  'geometry-not-object',
  'geometry-type',
  'coordinates-not-array',
  'geometries-not-array',
  'position-invalid',
  'line-too-few-positions',
  'ring-too-few-positions',
  'ring-not-closed',
  'bbox-invalid',
]);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'validate');

function ourVerdict(document: unknown): boolean {
  const result = validateObject(document, { fileName: 'crosscheck', layer: null });
  return !result.findings.some((finding) => STRUCTURAL_CODES.has(finding.code));
}

function fixtureFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? fixtureFiles(path) : [path];
  });
}

describe('structural checks agree with geojson-validation', () => {
  const parsable = fixtureFiles(FIXTURES).filter((file) => !file.endsWith('malformed.geojson'));

  it.each(parsable.map((file) => [file.slice(FIXTURES.length + 1), file]))('on %s', (_, file) => {
    const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(ourVerdict(document)).toBe(gjv.valid(document));
  });

  // biome-ignore lint/suspicious/noExplicitAny: the mutations reach into arbitrary parsed JSON
  type Mutation = (document: { features: Array<Record<string, any>> }) => void;
  const mutations: Record<string, Mutation> = {
    'no properties member': (d) => delete d.features[0]!.properties,
    'no geometry member': (d) => delete d.features[0]!.geometry,
    'feature type misspelt': (d) => (d.features[0]!.type = 'feature'),
    'geometry type unknown': (d) => (d.features[1]!.geometry.type = 'Polyline'),
    'string longitude': (d) => (d.features[2]!.geometry.coordinates[0] = '105.6'),
    'one-number position': (d) => (d.features[2]!.geometry.coordinates = [105.6]),
    'line of one position': (d) => d.features[1]!.geometry.coordinates.splice(1),
    'ring not closed': (d) => d.features[0]!.geometry.coordinates[0].pop(),
    'ring of three positions': (d) => d.features[0]!.geometry.coordinates[0].splice(1, 2),
    'coordinates not an array': (d) => (d.features[0]!.geometry.coordinates = {}),
    'odd bbox': (d) => (d.features[0]!.bbox = [1, 2, 3]),
    'features not an array': (d) => ((d as Record<string, unknown>).features = {}),
    'geometry null (valid)': (d) => (d.features[0]!.geometry = null),
    'extra member (valid)': (d) => (d.features[0]!.title = 'x'),
  };

  it.each(Object.entries(mutations))('on valid.geojson with %s', (_, mutate) => {
    const document = JSON.parse(readFileSync(join(FIXTURES, 'valid.geojson'), 'utf8'));
    mutate(document);
    expect(ourVerdict(document)).toBe(gjv.valid(document));
  });
});
