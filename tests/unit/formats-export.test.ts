import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import type { CrsCode } from '../../src/core/crs/vn2000.ts';
import { forEachPosition } from '../../src/core/formats/guess-crs.ts';
import { type ExportFormatId, parseFile, serializeFile } from '../../src/core/formats/index.ts';
import { geodesicDistanceMeters } from '../../src/core/geodesy/geodesic-distance-meters.ts';

const SOURCE = JSON.parse(
  readFileSync(new URL('../../scripts/fixtures/formats-source.geojson', import.meta.url), 'utf8'),
) as FeatureCollection;

const work = mkdtempSync(join(tmpdir(), 'giapranh-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EXTENSION: Record<ExportFormatId, string> = {
  geojson: 'geojson',
  kml: 'kml',
  csv: 'csv',
  shapefile: 'zip',
};

function exported(format: ExportFormatId, crs: CrsCode): string {
  const path = join(work, `layer-${format}-${crs.slice(5)}.${EXTENSION[format]}`);
  writeFileSync(path, serializeFile(SOURCE, format, { targetCrs: crs, name: 'layer' }));
  return path;
}

/** GDAL's reading of a file, every layer, in WGS84: a real client, not the project itself. */
function readByGdal(path: string, format: ExportFormatId): FeatureCollection {
  const source = format === 'shapefile' ? `/vsizip/${path}` : path;
  const open = format === 'csv' ? csvOpenOptions(path) : [];
  const layers = execFileSync('ogrinfo', ['-q', '-ro', ...open, source], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\d+: (\S+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  const features: Feature[] = [];
  for (const layer of layers) {
    const srs = format === 'csv' ? ['-s_srs', csvCrs(path)] : [];
    const text = execFileSync(
      'ogr2ogr',
      ['-f', 'GeoJSON', '/vsistdout/', ...open, ...srs, '-t_srs', 'EPSG:4326', source, layer],
      { encoding: 'utf8' },
    );
    features.push(...(JSON.parse(text) as FeatureCollection).features);
  }
  return { type: 'FeatureCollection', features };
}

// The export writes a `wkt` column when the layer is not all points, else coordinate columns.
function csvOpenOptions(path: string): string[] {
  const header = readFileSync(path, 'utf8').split('\n')[0]!;
  return header.includes(',wkt')
    ? ['-oo', 'GEOM_POSSIBLE_NAMES=wkt']
    : ['-oo', 'X_POSSIBLE_NAMES=lon,easting_*', '-oo', 'Y_POSSIBLE_NAMES=lat,northing_*'];
}

function csvCrs(path: string): string {
  return `EPSG:${/-(\d+)\.csv$/.exec(path)![1]}`;
}

function positionsOf(feature: Feature): [number, number][] {
  const all: [number, number][] = [];
  forEachPosition({ type: 'FeatureCollection', features: [feature] }, (p) =>
    all.push([p[0]!, p[1]!]),
  );
  return all;
}

/** The largest distance (m) from a source position to the nearest of the same feature's. */
function largestGapMeters(read: FeatureCollection): number {
  let largest = 0;
  for (const feature of SOURCE.features) {
    const name = feature.properties?.name;
    const twin = read.features.find((f) => (f.properties?.name ?? f.properties?.Name) === name);
    expect(twin, `feature "${name}"`).toBeDefined();
    const theirs = positionsOf(twin!);
    for (const p of positionsOf(feature)) {
      largest = Math.max(largest, Math.min(...theirs.map((q) => geodesicDistanceMeters(p, q))));
    }
  }
  return largest;
}

const CASES: [ExportFormatId, CrsCode, number][] = [
  ['geojson', 'EPSG:4326', 0.001],
  ['geojson', 'EPSG:5897', 1],
  ['kml', 'EPSG:4326', 0.001],
  ['csv', 'EPSG:4326', 0.001],
  ['csv', 'EPSG:3405', 1],
  ['shapefile', 'EPSG:4326', 0.001],
  ['shapefile', 'EPSG:5897', 1],
  ['shapefile', 'EPSG:3405', 1],
];

describe.each(CASES)('a %s export in %s', (format, crs, toleranceMeters) => {
  const path = exported(format, crs);

  it('is read by GDAL with the same features', () => {
    const read = readByGdal(path, format);
    expect(read.features.length).toBe(SOURCE.features.length);
    expect(largestGapMeters(read)).toBeLessThan(toleranceMeters);
  });

  it('imports back to the same geometry and properties', () => {
    const back = parseFile(readFileSync(path), path);
    expect(back.sourceCrs).toBe(crs);
    const roundTripTolerance = crs === 'EPSG:4326' ? 0.001 : 0.01;
    expect(largestGapMeters(back.collection)).toBeLessThan(roundTripTolerance);
    const names = back.collection.features.map((f) => f.properties?.name).sort();
    expect(names).toEqual(SOURCE.features.map((f) => f.properties?.name).sort());
  });
});

describe('spreadsheet safety of the CSV export', () => {
  it('starts with a BOM and neutralises formula cells', () => {
    const hostile: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '=HYPERLINK("http://x")' },
          geometry: { type: 'Point', coordinates: [105.8, 21] },
        },
      ],
    };
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      serializeFile(hostile, 'csv'),
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('GeoJSON export', () => {
  it('writes RFC 7946 coordinates to 7 decimals', () => {
    const precise: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [105.123456789, 21.987654321] },
        },
      ],
    };
    const text = new TextDecoder().decode(serializeFile(precise, 'geojson'));
    expect(text).toContain('[105.1234568,21.9876543]');
    expect(text).not.toContain('"crs"');
  });
});
