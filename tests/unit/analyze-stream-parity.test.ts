import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnalysisSource } from '../../src/cli/io/analysis-source.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const VALIDITY = readFileSync(join(ROOT, 'tests/fixtures/analysis/validity.geojson'), 'utf8');

/** The real command, reading every file feature by feature (`stream`) or whole. */
function giapranh(args: string[], read: 'stream' | 'whole') {
  const streamFrom = read === 'stream' ? '0' : String(2 ** 40);
  const run = spawnSync(process.execPath, [BIN, 'analyze', ...args], {
    cwd: ROOT,
    env: { ...process.env, LC_ALL: 'C', GIAPRANH_STREAM_FROM_BYTES: streamFrom },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const square = (x: number, y: number, z?: number) => {
  const at = (lon: number, lat: number) => (z === undefined ? [lon, lat] : [lon, lat, z]);
  return {
    type: 'Polygon',
    coordinates: [[at(x, y), at(x + 0.01, y), at(x + 0.01, y + 0.01), at(x, y + 0.01), at(x, y)]],
  };
};
const feature = (id: unknown, geometry: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties: { name: `n-${String(id)}` },
  geometry,
  ...extra,
});
const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const f = (id: unknown, x = 105.6) => feature(id, square(x, 21.2));
const VN2000_DEGREES = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4756' } };
const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

/** Files a streamed read could get wrong, each with what it tests. */
const FILES: Record<string, string | Buffer> = {
  'validity.geojson': VALIDITY,
  'pretty.geojson': JSON.stringify(JSON.parse(VALIDITY), null, 2),
  'crs-after-features.geojson': `{"type":"FeatureCollection","features":[${JSON.stringify(f('a'))},${JSON.stringify(f('b', 105.605))}],"crs":${JSON.stringify(VN2000_DEGREES)}}`,
  'repeated-ids.geojson': collection([f(1), f('1', 105.61), f(undefined, 105.62), f('x'), f('x')]),
  'bbox-too-few-numbers.geojson': collection([feature('z', square(105.6, 21.2, 5))], {
    bbox: [105, 21, 106, 22],
  }),
  // Over a 1 MiB read, so the bbox is not yet read when the first feature is.
  'bbox-after-features.geojson': `{"type":"FeatureCollection","features":[${Array.from(
    { length: 8000 },
    (_, i) => JSON.stringify(feature(`z${i}`, square(105.6, 21.2, 5))),
  ).join(',')}],"bbox":[105,21,106,22]}`,
  'bbox-fine.geojson': collection([feature('z', square(105.6, 21.2, 5))], {
    bbox: [105, 21, 0, 106, 22, 9],
  }),
  'collection-with-geometry.geojson': collection([f('a')], { geometry: null }),
  'missing-comma.geojson': `{"type":"FeatureCollection","features":[\n${JSON.stringify(f('a'))}\n${JSON.stringify(f('b'))}]}`,
  'empty-element.geojson': `{"type":"FeatureCollection","features":[${JSON.stringify(f('a'))},,${JSON.stringify(f('b'))}]}`,
  'trailing-comma.geojson': `{"type":"FeatureCollection","features":[${JSON.stringify(f('a'))},]}`,
  'two-feature-arrays.geojson': `{"type":"FeatureCollection","features":[${JSON.stringify(f('a'))}],"features":[${JSON.stringify(f('b'))}]}`,
  'truncated.geojson': collection([f('a'), f('b')]).slice(0, -40),
  'bom.geojson': `\uFEFF${collection([f('a')])}`,
  'lone-feature.geojson': JSON.stringify(f('lone')),
  'bare-geometry.geojson': JSON.stringify(square(105.6, 21.2)),
  'four-numbers.geojson': collection([
    feature('p', { type: 'Point', coordinates: [105.6, 21.2, 3, 7] }),
  ]),
  'odd-elements.geojson': collection([
    5,
    { type: 'Feat', properties: {}, geometry: null },
    { type: 'Feature', properties: {} },
    feature('far', { type: 'Point', coordinates: [500, 21.2] }),
    feature('projected', { type: 'Point', coordinates: [561_708.6, 2_357_389.2] }),
    feature('line', {
      type: 'LineString',
      coordinates: [
        [105.6, 21.2],
        [105.61, 21.21],
      ],
    }),
    f('ok'),
  ]),
  'deep-properties.geojson': `{"type":"FeatureCollection","features":[${JSON.stringify(f('a'))},{"type":"Feature","properties":{"x":${deep}},"geometry":null}]}`,
  'utf16.geojson': Buffer.from(`\uFEFF${collection([f('a')])}`, 'utf16le'),
  'cp1258.geojson': Buffer.concat([
    Buffer.from(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"H',
    ),
    Buffer.from([0xe0, 0x20, 0x4e, 0xd2, 0x69]),
    Buffer.from('"},"geometry":{"type":"Point","coordinates":[105.6,21.2]}}]}'),
  ]),
  'geojsonseq.geojson': `${JSON.stringify(f('a'))}\n${JSON.stringify(f('b'))}\n`,
  'geojsonseq-rs.geojson': `\u001e${JSON.stringify(f('a'))}\n\u001e${JSON.stringify(f('b'))}\n`,
  'utf16be-no-bom.geojson': Buffer.from(collection([f('a')]), 'utf16le').swap16(),
  'utf16-geojsonseq.geojson': Buffer.from(
    `${JSON.stringify(f('a'))}\n${JSON.stringify(f('b'))}\n`,
    'utf16le',
  ),
};

describe('giapranh analyze: a file read feature by feature gives what it gives read whole', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-stream-parity-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const path = (name: string) => join(scratch, name);
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path(name), content);

  it.each(Object.keys(FILES))('measure %s: same stdout, stderr and exit', (name) => {
    const streamed = giapranh(['measure', path(name), '--format', 'geojson'], 'stream');
    const whole = giapranh(['measure', path(name), '--format', 'geojson'], 'whole');
    expect(streamed).toEqual(whole);
  });

  it.each([
    ['nearest', '--from', '--to'],
    ['overlap', '--a', '--b'],
  ])('%s: same stdout, stderr and exit, both files streamed', (subcommand, aFlag, bFlag) => {
    for (const [a, b] of [
      ['validity.geojson', 'pretty.geojson'],
      ['crs-after-features.geojson', 'repeated-ids.geojson'],
      ['odd-elements.geojson', 'validity.geojson'],
    ] as const) {
      const args = [subcommand as string, aFlag as string, path(a), bFlag as string, path(b)];
      expect(giapranh(args, 'stream')).toEqual(giapranh(args, 'whole'));
    }
  });

  it('buffer: same stdout, stderr and exit', () => {
    for (const name of ['validity.geojson', 'crs-after-features.geojson']) {
      const args = ['buffer', path(name), '--distance', '50'];
      expect(giapranh(args, 'stream')).toEqual(giapranh(args, 'whole'));
    }
  });

  it('streams every well-formed FeatureCollection, and reads the others whole', async () => {
    const streamedOnes = [
      'validity.geojson',
      'pretty.geojson',
      'crs-after-features.geojson',
      'repeated-ids.geojson',
      'bbox-fine.geojson',
      'bom.geojson',
      'four-numbers.geojson',
      'odd-elements.geojson',
      'deep-properties.geojson',
    ];
    for (const name of Object.keys(FILES)) {
      const readAs = await openAnalysisSource(path(name), {
        requirement: 'any',
        streamFromBytes: 0,
      }).then(
        (source) => source.readAs,
        () => 'refused',
      );
      const expected = streamedOnes.includes(name) ? 'streamed' : ['whole', 'refused'];
      if (typeof expected === 'string') expect([name, readAs]).toEqual([name, expected]);
      else expect(expected).toContain(readAs);
    }
  });
});
