import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const FIXTURES = 'tests/fixtures/analysis';

/** Runs the real command; the timeout turns a hang into a failure. */
function giapranh(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'analyze', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** CSV records without the BOM, split naively (the tests' cells hold no commas unless quoted). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

const expected = JSON.parse(
  readFileSync(join(ROOT, FIXTURES, 'validity-expected.json'), 'utf8'),
) as Record<string, { valid: boolean; area_m2?: number }>;

const point = (id: string | undefined, coordinates: number[], name = ''): Feature => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { name },
  geometry: { type: 'Point', coordinates },
});

describe('giapranh analyze: no wrong number with exit 0', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-analyze-input-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (name: string, value: unknown) => {
    const path = join(scratch, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };

  it('measure leaves out invalid features, names each with the rule, and exits 1', () => {
    const run = giapranh(['measure', `${FIXTURES}/validity.geojson`]);
    expect(run.code).toBe(1);
    const rows = csvRows(run.stdout).slice(1);
    const printed = rows.map((row) => row[0]);
    expect(printed).not.toContain('bow-tie');
    expect(printed).not.toContain('unclosed-ring');
    expect(printed).not.toContain('one-position-line');
    for (const [id, entry] of Object.entries(expected)) {
      if (!entry.valid) continue;
      const row = rows.find((r) => r[0] === id) as string[];
      expect(Math.abs(Number(row[4]) - (entry.area_m2 as number))).toBeLessThan(1);
    }
    expect(run.stderr).toMatch(/validity\.geojson: \d+ features left out/);
    expect(run.stderr).toContain('features[4] (id "bow-tie"): geometry.coordinates[0]');
    expect(run.stderr).toContain('[ring-self-intersection]');
    expect(run.stderr).toContain('(id "unclosed-ring")');
    expect(run.stderr).toContain('[ring-not-closed]');
    expect(run.stderr).toContain('[line-too-few-positions]');
    expect(run.stderr).toContain('(id "hole-crossing-shell")');
    expect(run.stderr).toContain('[hole-crosses-shell]');
    expect(run.stderr).toContain('(id "duplicated-parts")');
    expect(run.stderr).toContain('[multipolygon-parts-overlap]');
    expect(printed).not.toContain('hole-crossing-shell');
    expect(printed).not.toContain('overlapping-parts');
  });

  it('nearest gives no row for a left-out "from" feature, and never measures to a left-out one', () => {
    const run = giapranh([
      'nearest',
      '--from',
      `${FIXTURES}/validity.geojson`,
      '--to',
      `${FIXTURES}/validity.geojson`,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout) as { from_id: string; to_id: string }[];
    const ids = [...rows.map((row) => row.from_id), ...rows.map((row) => row.to_id)];
    expect(ids).not.toContain('bow-tie');
    expect(ids).not.toContain('one-position-line');
    expect(rows.some((row) => row.from_id === 'valid-square')).toBe(true);
  });

  it('overlap skips a line, says so on stderr, and still overlaps the polygons (exit 0)', () => {
    const polygons = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'validity.geojson'), 'utf8'));
    const valid = polygons.features.filter((f: Feature) => expected[String(f.id)]?.valid);
    const a = write('a-with-line.geojson', { type: 'FeatureCollection', features: valid });
    const run = giapranh(['overlap', '--a', a, '--b', a]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('(id "valid-line"): geometry: a LineString');
    expect(run.stderr).toContain('[not-polygon]');
    const pairs = csvRows(run.stdout)
      .slice(1)
      .map((row) => `${row[0]}∩${row[1]}`);
    expect(pairs).toContain('valid-square∩valid-square');
  });

  it('reads VN-2000 degrees (EPSG:4756) by the crs member, as the app does: no 224 m shift', () => {
    // geo-facts §7: VN-2000 geographic [105.59481, 21.31098] is WGS 84 [105.59670, 21.31000].
    const vn2000 = write('vn2000-degrees.geojson', {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4756' } },
      features: [point('vinh-yen', [105.59481, 21.31098])],
    });
    const wgs84 = write('wgs84.geojson', {
      type: 'FeatureCollection',
      features: [point('vinh-yen-wgs84', [105.5967, 21.31])],
    });
    const run = giapranh(['nearest', '--from', vn2000, '--to', wgs84, '--format', 'json']);
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout) as { distance_m: number }[];
    // The sample is given to 1e-5° (~1 m); read as WGS84 the points are ~224 m apart.
    expect(row?.distance_m).toBeLessThan(3);
  });

  it('reads a projected VN-2000 file in the system asked for, one flag per file, as the app offers', () => {
    // PROJ 9's sample (geo-facts §7): TM-3 105° [561708.6, 2357389.2] is WGS 84 [105.5967, 21.31].
    const projected = write('vn2000-tm3.geojson', {
      type: 'FeatureCollection',
      features: [point('vinh-yen', [561_708.6, 2_357_389.2])],
    });
    const wgs84 = write('vinh-yen-wgs84.geojson', point('vinh-yen-wgs84', [105.5967, 21.31]));
    const asWgs84 = giapranh(['nearest', '--from', projected, '--to', wgs84]);
    expect(asWgs84.code).toBe(1);
    expect(asWgs84.stderr).toContain('[coordinates-projected]');
    expect(asWgs84.stderr).toContain('--crs EPSG:5897');
    const run = giapranh([
      'nearest',
      '--from',
      projected,
      '--from-crs',
      'EPSG:5897',
      '--to',
      wgs84,
    ]);
    expect(run.code).toBe(0);
    expect(Number(csvRows(run.stdout)[1]?.[2])).toBeLessThan(0.2);
    expect(giapranh(['measure', projected, '--crs', 'EPSG:9999']).code).toBe(2);
  });

  it('gives the same rows with two threads: the helper reads and leaves out as the main one', () => {
    const collection = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'validity.geojson'), 'utf8'));
    // Shifted into VN-2000 degrees by hand (~200 m): only a reader of the crs member agrees.
    const vn2000 = write('validity-vn2000.geojson', {
      ...collection,
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4756' } },
    });
    const args = ['overlap', '--a', vn2000, '--b', `${FIXTURES}/validity.geojson`];
    const one = giapranh([...args, '--threads', '1']);
    const two = giapranh([...args, '--threads', '2']);
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(csvRows(one.stdout).map((row) => row[0])).not.toContain('bow-tie');
  });

  it('names id-less features "#index", which no real id "1" can be mistaken for', () => {
    const path = write('ids.geojson', {
      type: 'FeatureCollection',
      features: [point('1', [105.6, 21.2]), point(undefined, [105.61, 21.2])],
    });
    const run = giapranh(['measure', path]);
    expect(run.code).toBe(0);
    expect(csvRows(run.stdout).map((row) => row[0])).toEqual(['id', '1', '#1']);
  });

  it('accepts what `giapranh validate` accepts: a BOM and a bare geometry', () => {
    const path = write('bare.geojson', '\uFEFF{"type":"Point","coordinates":[105.6,21.2]}');
    const run = giapranh(['measure', path]);
    expect(run.code).toBe(0);
    expect(csvRows(run.stdout)[1]?.slice(0, 3)).toEqual(['#0', '', 'Point']);
  });

  it('leaves out a feature nested 50,000 levels deep instead of crashing while writing', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const path = write(
      'deep.geojson',
      `{"type":"Feature","properties":{"x":${deep}},"geometry":{"type":"Point","coordinates":[105.6,21.2]}}`,
    );
    const run = giapranh(['measure', path, '--format', 'geojson']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ type: 'FeatureCollection', features: [] });
    expect(run.stderr).toContain('[nesting-too-deep]');
  });

  it('writes spreadsheet-safe CSV: a UTF-8 BOM, formulas neutralised, numbers left numeric', () => {
    const path = write('hostile.geojson', {
      type: 'FeatureCollection',
      features: [
        point('=HYPERLINK("http://evil.example","Hà Nội")', [105.6, 21.2], '@SUM(A1:A9)'),
        point('-5', [105.61, 21.2], '+84 24 1234'),
      ],
    });
    const run = giapranh(['measure', path]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFid,name,type,length_m,area_m2\n')).toBe(true);
    const lines = run.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Hà Nội"")",'@SUM(A1:A9),Point,0.000,0.000`,
    );
    expect(lines[2]).toBe(`-5,'+84 24 1234,Point,0.000,0.000`);
  });
});

describe('giapranh analyze buffer: bounded distances that always finish', () => {
  it.each(['1e-9', '0.001', '1e9', '100001'])(
    'refuses --distance %s with the bounds, at once (exit 2)',
    (distance) => {
      const run = giapranh(['buffer', `${FIXTURES}/measure.geojson`, '--distance', distance]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('between 0.01 and 100000 metres');
    },
  );

  it.each(['0x10', '0b11', 'Infinity', ' 5', '1_000', ''])(
    'reads --distance %j as plain decimal or refuses it (exit 2)',
    (distance) => {
      const run = giapranh(['buffer', `${FIXTURES}/measure.geojson`, '--distance', distance]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--distance must be a number of metres written in decimal|needs/);
    },
  );

  it('says the bounds in --help', () => {
    expect(giapranh(['--help']).stdout).toContain('METRES from 0.01 to 100000');
  });

  it('buffers at both bounds', () => {
    for (const distance of ['0.01', '100000']) {
      const run = giapranh(['buffer', `${FIXTURES}/validity.geojson`, '--distance', distance]);
      expect(run.code).toBe(1); // the invalid features are left out, the rest buffered
      const buffered = JSON.parse(run.stdout) as { features: Feature[] };
      expect(buffered.features.length).toBeGreaterThan(0);
    }
  });
});
