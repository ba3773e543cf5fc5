import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildChangeset,
  type Changeset,
  DocumentStore,
  serializeLayerFile,
} from '../../src/core/document/index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'giapranh.js');
const DATA = join(ROOT, 'data', 'geojson');

/** Runs the real command, as a planner would, in `cwd`. */
function giapranh(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

/** A store holding the repository's layers, as the app loads them. */
function loadedStore(dir: string): DocumentStore {
  const store = new DocumentStore();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.geojson'))) {
    store.loadLayer(
      file.replace('.geojson', ''),
      JSON.parse(readFileSync(join(dir, file), 'utf8')),
    );
  }
  return store;
}

function feature(store: DocumentStore, layer: string, key: string): GeoJSON.Feature {
  return store.getSnapshot().layers.get(layer)!.features.get(key)!;
}

/** A planner's session: rename a zone, move a point, add a station, delete a road section. */
function editedChangeset(dir: string): Changeset {
  const store = loadedStore(dir);
  const zone = feature(store, 'industrial-zones', 'iz-quang-minh');
  const zones = store.getSnapshot().layers.get('industrial-zones')!;
  const other = feature(store, 'industrial-zones', zones.order[1]!);
  const road = store.getSnapshot().layers.get('ring-road-5')!.order[0]!;
  const moved = structuredClone(other);
  const ring = (moved.geometry as GeoJSON.Polygon).coordinates[0]!;
  // A vertex dragged 100 m east: the ring's first position, and its closing copy with it.
  ring[0]![0] = ring[0]![0]! + 0.001;
  ring[ring.length - 1]![0] = ring[0]![0]!;
  store.apply({
    put: [
      {
        layer: 'industrial-zones',
        key: 'iz-quang-minh',
        feature: {
          ...zone,
          properties: { ...zone.properties, notes: 'Đã kiểm tra ngoài thực địa' },
        },
      },
      { layer: 'industrial-zones', key: String(other.id), feature: moved },
      {
        layer: 'monitoring-stations',
        key: 'ms-test-1',
        feature: {
          type: 'Feature',
          id: 'ms-test-1',
          properties: {
            name: 'Trạm Mê Linh',
            name_en: 'Mê Linh station',
            source: 'field visit',
            accuracy: 'surveyed',
            accuracy_m: 5,
          },
          geometry: { type: 'Point', coordinates: [105.7123456, 21.1876543] },
        },
      },
    ],
    delete: [{ layer: 'ring-road-5', key: road }],
  });
  return buildChangeset(store.getSnapshot(), store.getBase()).changeset;
}

describe('serializeLayerFile', () => {
  it('writes every bundled layer file back byte for byte', () => {
    for (const file of readdirSync(DATA).filter((name) => name.endsWith('.geojson'))) {
      const text = readFileSync(join(DATA, file), 'utf8');
      expect(serializeLayerFile(JSON.parse(text)), file).toBe(text);
    }
  });

  it('orders keys and rounds coordinates to 7 decimals', () => {
    const text = serializeLayerFile({
      type: 'FeatureCollection',
      features: [
        {
          geometry: { coordinates: [105.123456789, -0.00000001], type: 'Point' },
          properties: { b: 1, a: 2 },
          id: 'x',
          type: 'Feature',
        } as GeoJSON.Feature,
      ],
    });
    expect(text).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","id":"x","properties":{"b":1,"a":2},"geometry":{"type":"Point","coordinates":[105.1234568,0]}}\n' +
        ']}\n',
    );
  });
});

describe('giapranh apply', () => {
  let repo: string;
  let data: string;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'giapranh-apply-'));
    data = join(repo, 'data', 'geojson');
    cpSync(DATA, data, { recursive: true });
    git(['init', '-q'], repo);
    git(['add', '.'], repo);
    git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'copy'], repo);
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('writes only the edited features, and the result passes giapranh validate', () => {
    writeFileSync(join(repo, 'CHANGES.json'), JSON.stringify(editedChangeset(data)));
    const run = giapranh(['apply', 'CHANGES.json'], repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'data/geojson/industrial-zones.geojson: 0 added, 2 modified, 0 deleted',
    );
    expect(git(['diff', '--numstat'], repo).trim().split('\n')).toEqual([
      '2\t2\tdata/geojson/industrial-zones.geojson',
      '3\t1\tdata/geojson/monitoring-stations.geojson',
      '0\t1\tdata/geojson/ring-road-5.geojson',
    ]);
    const diff = git(['diff', '-U0', '--', 'data/geojson/industrial-zones.geojson'], repo);
    const removed = diff.split('\n').filter((line) => line.startsWith('-{'));
    expect(removed).toHaveLength(2);
    expect(removed[0]).toContain('"id":"iz-quang-minh"');
    expect(readFileSync(join(data, 'monitoring-stations.geojson'), 'utf8')).toContain(
      '"coordinates":[105.7123456,21.1876543]',
    );
    expect(giapranh(['validate', 'data/geojson'], repo).code).toBe(0);
  });

  it('refuses a changeset made against another version, naming the features, and writes nothing', () => {
    writeFileSync(join(repo, 'CHANGES.json'), JSON.stringify(editedChangeset(data)));
    const file = join(data, 'industrial-zones.geojson');
    // A colleague edited the same zone in git meanwhile.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Khu công nghiệp Quang Minh', 'KCN Quang Minh'),
    );
    git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'colleague'], repo);
    const run = giapranh(['apply', 'CHANGES.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'industrial-zones.geojson is not the version the changeset was made against',
    );
    expect(run.stderr).toContain('iz-quang-minh: changed on disk');
    expect(git(['status', '--porcelain', 'data'], repo)).toBe('');
  });

  it('refuses a layer that would not validate, and writes none of the others', () => {
    const changeset = editedChangeset(data);
    const station = changeset.layers['monitoring-stations']!.put[0]!;
    delete station.properties!.accuracy_m;
    writeFileSync(join(repo, 'CHANGES.json'), JSON.stringify(changeset));
    const run = giapranh(['apply', 'CHANGES.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('would not pass giapranh validate');
    expect(run.stderr).toContain('"Position error" (accuracy_m)');
    expect(git(['status', '--porcelain', 'data'], repo)).toBe('');
  });

  it('refuses edits to the read-only 2019 boundaries, saying why', () => {
    const changeset: Changeset = {
      format: 'giapranh-changeset',
      version: 1,
      created: '2026-01-01T00:00:00.000Z',
      layers: {
        boundaries: { baseHash: 'x', put: [], delete: ['district-016'], baseFeatures: {} },
      },
    };
    writeFileSync(join(repo, 'CHANGES.json'), JSON.stringify(changeset));
    const run = giapranh(['apply', 'CHANGES.json'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the layer "boundaries" is read-only');
    expect(git(['status', '--porcelain', 'data'], repo)).toBe('');
  });

  it('names the line and column of a changeset that is not JSON', () => {
    writeFileSync(
      join(repo, 'CHANGES.json'),
      '{"format": "giapranh-changeset",\n  "version": 1,,\n}',
    );
    const run = giapranh(['apply', 'CHANGES.json'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/CHANGES\.json:2:16: not valid JSON/);
  });
});
