import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const FIXTURES = 'tests/fixtures/formats';

/** Runs the real command, as a user would. */
function giapranh(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function ogrFeatureCount(path: string): number {
  const run = spawnSync('ogrinfo', ['-ro', '-al', '-so', path], { encoding: 'utf8' });
  return [...run.stdout.matchAll(/Feature Count: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

describe('giapranh convert', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-convert-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each([
    ['places.kml', 4],
    ['waypoints.gpx', 2],
    ['track.gpx', 1],
    ['points-lonlat.csv', 2],
    ['all-wkt.csv', 4],
    ['vn2000-5897.zip', 4],
    ['vn2000-3405.zip', 4],
    ['communes.topojson', 3],
  ])('reads %s and writes GeoJSON to standard output', (file, count) => {
    const run = giapranh(['convert', `${FIXTURES}/${file}`, '-']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as FeatureCollection).features.length).toBe(count);
  });

  it.each([
    ['out.kml', []],
    ['out.csv', ['--to', 'EPSG:5897']],
    ['out.zip', ['--to', 'EPSG:3405']],
    ['out.geojson', []],
  ])('writes %s %j from GeoJSON on standard input, readable by GDAL', (name, options) => {
    const input = readFileSync('scripts/fixtures/formats-source.geojson', 'utf8');
    const out = join(scratch, name);
    const run = giapranh(['convert', '-', out, ...options], input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = name.endsWith('.zip') ? `/vsizip/${out}` : out;
    expect(ogrFeatureCount(path)).toBe(4);
  });

  it('converts a TCVN3 Shapefile to UTF-8 GeoJSON', () => {
    const run = giapranh(['convert', `${FIXTURES}/tcvn3-names.zip`, '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"ten":"Hà Nội"');
  });

  it('says when it guessed VN-2000 from metres', () => {
    const run = giapranh(
      ['convert', '-', '-'],
      JSON.stringify({ type: 'Point', coordinates: [586513.385, 2326256.818] }),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('read as EPSG:5897');
  });

  it('exits 1 on an unsupported format, naming it', () => {
    const dwg = join(scratch, 'plan.dwg');
    writeFileSync(dwg, 'AC1027');
    const run = giapranh(['convert', dwg, '-']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('.dwg files are not supported');
  });

  it('exits 1 on invalid geometry and writes nothing', () => {
    const out = join(scratch, 'never.kml');
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [105.6, 21.2],
          [105.7, 21.3],
          [105.7, 21.2],
          [105.6, 21.3],
          [105.6, 21.2],
        ],
      ],
    };
    const run = giapranh(['convert', '-', out], JSON.stringify(bowtie));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 1 on broken JSON with line and column', () => {
    const run = giapranh(['convert', '-', '-'], '{"type": "Point",\n "coordinates": [1,}');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/stdin\.geojson, line 2, column \d+/);
  });

  it('exits 2 on usage errors and unreadable files', () => {
    expect(giapranh(['convert', 'only-one']).code).toBe(2);
    expect(giapranh(['convert', `${FIXTURES}/places.kml`, 'out.xlsx']).code).toBe(2);
    expect(giapranh(['convert', `${FIXTURES}/places.kml`, '-', '--to', 'EPSG:2000']).code).toBe(2);
    expect(giapranh(['convert', `${FIXTURES}/places.kml`, '-', '--encoding', 'koi8']).code).toBe(2);
    expect(giapranh(['convert', 'missing.kml', '-']).code).toBe(2);
  });
});
