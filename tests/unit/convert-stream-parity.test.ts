import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { planStreamedConversion } from '../../src/cli/commands/convert-stream.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});
const point = (x: number, y: number) => ({ type: 'Point', coordinates: [x, y] });
const feature = (geometry: unknown, properties: Record<string, unknown>, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry,
});
const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const VN2000 = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5897' } };
/** Metres of VN-2000 / TM-3 105° inside the region. */
const metres = (e: number, n: number) => ({
  type: 'LineString',
  coordinates: [
    [e, n],
    [e + 120.5, n + 80.25],
  ],
});

/** Files the two ways could write differently, each named for what it tests. */
const FILES: Record<string, string> = {
  'mixed-columns.geojson': collection([
    feature(square(105.6, 21.2), { tên: 'Khu A', area: 12.5 }, 'a'),
    feature(point(105.61, 21.21), { status: '=HYPERLINK("x")', tên: 'Điểm "B", mới' }, 7),
    feature(null, { nested: { a: [1, 2] }, area: null }),
    feature(metres(0.5, 0.25), { lon: 'a property named lon' }),
  ]),
  'points-only.geojson': collection([
    feature(point(105.6, 21.2), { name: 'p1' }),
    feature(point(105.7, 21.3), { name: 'p2', z: 1e21 }),
  ]),
  'pretty-with-bom.geojson': `\uFEFF${JSON.stringify(
    JSON.parse(collection([feature(square(105.6, 21.2), { a: 1 }), feature(point(105, 21), {})])),
    null,
    2,
  )}`,
  'guessed-vn2000.geojson': collection([
    feature(metres(580_000, 2_340_000), { road: 'QL2' }),
    feature(metres(581_000, 2_341_000), { road: 'QL23' }),
  ]),
  'crs-after-features.geojson': `{"type":"FeatureCollection","features":[${JSON.stringify(
    feature(metres(580_000, 2_340_000), { n: 1 }),
  )}],"crs":${JSON.stringify(VN2000)}}`,
  'empty.geojson': collection([]),
  'invalid-feature.geojson': collection([
    feature(square(105.6, 21.2), { a: 1 }, 'x'),
    feature({ type: 'Polygon', coordinates: [[[105, 21]]] }, { a: 2 }, 'x'),
  ]),
};

const OUTPUTS = [
  ['-', []],
  ['out.geojson', []],
  ['out.csv', []],
  ['out.kml', []],
  ['out.geojson', ['--to', 'EPSG:5897']],
  ['out.csv', ['--to', 'EPSG:5897']],
] as const;

describe('giapranh convert, feature by feature and whole', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-convert-stream-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  afterEach(() => {
    delete process.env.GIAPRANH_STREAM_FROM_BYTES;
  });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(scratch, name), text);

  /** The real command with every file read feature by feature (`stream`) or whole. */
  function convert(name: string, out: string, options: readonly string[], read: string) {
    const output = out === '-' || out.startsWith('/') ? out : join(scratch, `${read}-${out}`);
    const run = spawnSync(process.execPath, [BIN, 'convert', name, output, ...options], {
      cwd: scratch,
      env: {
        ...process.env,
        LC_ALL: 'C',
        GIAPRANH_STREAM_FROM_BYTES: read === 'stream' ? '0' : String(2 ** 40),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    let bytes: Buffer | null = null;
    if (output !== '-') {
      try {
        bytes = readFileSync(output);
      } catch {}
      rmSync(output, { force: true });
    }
    return { code: run.status, stderr: run.stderr, stdout: run.stdout, bytes };
  }

  it.each(Object.keys(FILES))('writes %s the same both ways', (name) => {
    for (const [out, options] of OUTPUTS) {
      const whole = convert(name, out, options, 'whole');
      const streamed = convert(name, out, options, 'stream');
      expect({ out, options, ...streamed }).toEqual({ out, options, ...whole });
    }
  });

  it('says the same when OUT cannot be created', () => {
    const out = join(scratch, 'missing-folder', 'out.csv');
    const whole = convert('points-only.geojson', out, [], 'whole');
    expect(whole.code).toBe(2);
    expect(convert('points-only.geojson', out, [], 'stream')).toEqual(whole);
  });

  it('reads the valid files feature by feature, and leaves the rest to the whole path', async () => {
    process.env.GIAPRANH_STREAM_FROM_BYTES = '0';
    const plans: Record<string, string | null> = {};
    for (const name of Object.keys(FILES)) {
      const plan = await planStreamedConversion({
        input: join(scratch, name),
        output: join(scratch, 'planned.csv'),
        outputFormat: 'csv',
        to: 'EPSG:4326',
      });
      plans[name] = plan ? plan.crsSource : null;
    }
    expect(plans).toEqual({
      'mixed-columns.geojson': 'default',
      'points-only.geojson': 'default',
      'pretty-with-bom.geojson': 'default',
      'guessed-vn2000.geojson': 'guess',
      'crs-after-features.geojson': 'file',
      'empty.geojson': 'default',
      'invalid-feature.geojson': null,
    });
  });

  it('writes a Shapefile, standard input and a file over itself whole', async () => {
    process.env.GIAPRANH_STREAM_FROM_BYTES = '0';
    const input = join(scratch, 'points-only.geojson');
    const plan = (output: string, outputFormat: 'shapefile' | 'geojson', from = input) =>
      planStreamedConversion({ input: from, output, outputFormat, to: 'EPSG:4326' });
    expect(await plan(join(scratch, 'x.zip'), 'shapefile')).toBeNull();
    expect(await plan(join(scratch, 'x.geojson'), 'geojson', '-')).toBeNull();
    expect(await plan(input, 'geojson')).toBeNull();
  });
});
