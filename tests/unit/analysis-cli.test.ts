import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const FIXTURES = 'tests/fixtures/analysis';

/** Runs the real command, as a user would. */
function giapranh(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'analyze', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

describe('giapranh analyze', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-analyze-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  };

  it('measure: one CSV row per feature, with the pyproj lengths and areas', () => {
    const run = giapranh(['measure', `${FIXTURES}/measure.geojson`]);
    expect(run.code).toBe(0);
    const [header, ...rows] = csvRows(run.stdout);
    expect(header).toEqual(['id', 'name', 'type', 'length_m', 'area_m2']);
    const expected = JSON.parse(
      readFileSync(join(ROOT, FIXTURES, 'measure-expected.json'), 'utf8'),
    );
    const square = rows.find((row) => row[0] === 'rectangle-1km') as string[];
    expect(square[2]).toBe('Polygon');
    expect(Number(square[3])).toBeCloseTo(expected['rectangle-1km'].length_m, 3);
    expect(Number(square[4])).toBeCloseTo(expected['rectangle-1km'].area_m2, 0);
  });

  it('overlap: the same rows with one thread or two (the worker split)', () => {
    const args = [
      'overlap',
      '--a',
      `${FIXTURES}/overlap-a.geojson`,
      '--b',
      `${FIXTURES}/overlap-b.geojson`,
    ];
    const one = giapranh([...args, '--threads', '1']);
    const two = giapranh([...args, '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(csvRows(one.stdout)[0]).toEqual([
      'a_id',
      'b_id',
      'overlap_m2',
      'share_of_a',
      'share_of_b',
    ]);
  });

  it('nearest: the same rows with one thread or two, one per "from" feature', () => {
    const args = [
      'nearest',
      '--from',
      `${FIXTURES}/nearest-from.geojson`,
      '--to',
      `${FIXTURES}/nearest-to.geojson`,
    ];
    const one = giapranh([...args, '--threads', '1']);
    const two = giapranh([...args, '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(csvRows(two.stdout)).toHaveLength(1 + 42);
  });

  it('overlap --format geojson: the shared polygons carry the fields', () => {
    const run = giapranh([
      'overlap',
      '--a',
      `${FIXTURES}/overlap-a.geojson`,
      '--b',
      `${FIXTURES}/overlap-b.geojson`,
      '--format',
      'geojson',
      '--threads',
      '2',
    ]);
    const shared = JSON.parse(run.stdout) as FeatureCollection;
    const same = shared.features.find((f) => f.properties?.a_id === 'same-a');
    expect(same?.geometry.type).toBe('MultiPolygon');
    expect(same?.properties).toMatchObject({ b_id: 'same-b', share_of_a: 1 });
  });

  it('nearest --format json: one row per "from" feature with both closest points', () => {
    const run = giapranh([
      'nearest',
      '--from',
      `${FIXTURES}/nearest-from.geojson`,
      '--to',
      `${FIXTURES}/nearest-to.geojson`,
      '--format',
      'json',
    ]);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(42);
    expect(Object.keys(rows[0] as object)).toEqual([
      'from_id',
      'to_id',
      'distance_m',
      'from_lon',
      'from_lat',
      'to_lon',
      'to_lat',
    ]);
  });

  it('buffer: polygons as GeoJSON', () => {
    const run = giapranh(['buffer', `${FIXTURES}/measure.geojson`, '--distance', '100']);
    expect(run.code).toBe(0);
    const buffered = JSON.parse(run.stdout) as FeatureCollection;
    expect(buffered.features.every((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
  });

  it('exits 2 with the file name when a file cannot be read', () => {
    const run = giapranh(['measure', join(scratch, 'missing.geojson')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('file not found: ');
    expect(run.stderr).toContain('missing.geojson');
  });

  it('exits 2 on usage errors', () => {
    expect(giapranh(['overlap', '--a', 'x.geojson']).code).toBe(2);
    expect(giapranh(['buffer', `${FIXTURES}/measure.geojson`, '--distance', '-5']).code).toBe(2);
    expect(giapranh(['measure', `${FIXTURES}/measure.geojson`, '--format', 'xml']).code).toBe(2);
  });

  it('exits 1 on invalid JSON, saying which file', () => {
    const path = write('broken.geojson', '{"type": "FeatureCollection", "features": [}');
    const run = giapranh(['measure', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.geojson: not valid JSON');
  });

  it('exits 1 on a bad position, saying which feature and where', () => {
    const path = write(
      'swapped.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 'ok',
            properties: {},
            geometry: { type: 'Point', coordinates: [105.6, 21.2] },
          },
          {
            type: 'Feature',
            id: 'bad',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [
                [105.6, 21.2],
                [590000, 2350000],
              ],
            },
          },
        ],
      }),
    );
    const run = giapranh(['measure', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('features[1] (id "bad"): geometry.coordinates[1]');
  });

  it('overlap given lines skips them, says so, and exits 0', () => {
    const run = giapranh([
      'overlap',
      '--a',
      `${FIXTURES}/nearest-from.geojson`,
      '--b',
      `${FIXTURES}/overlap-b.geojson`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('nearest-from.geojson: 21 features left out');
    expect(run.stderr).toContain('this analysis needs polygons (Polygon or MultiPolygon)');
  });
});
