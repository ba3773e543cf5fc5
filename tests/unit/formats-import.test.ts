import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { forEachPosition } from '../../src/core/formats/guess-crs.ts';
import { parseFile } from '../../src/core/formats/index.ts';
import { geodesicDistanceMeters } from '../../src/core/geodesy/geodesic-distance-meters.ts';

// Fixtures written by GDAL: scripts/fixtures/make-format-fixtures.sh. Each *.gdal.geojson is
// GDAL's own WGS84 reading of the fixture beside it.
const FIXTURES = new URL('../fixtures/formats/', import.meta.url);

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

function gdalReading(name: string): FeatureCollection {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as FeatureCollection;
}

function positionsOf(feature: Feature): [number, number][] {
  const all: [number, number][] = [];
  forEachPosition({ type: 'FeatureCollection', features: [feature] }, (p) =>
    all.push([p[0]!, p[1]!]),
  );
  return all;
}

function nameOf(feature: Feature): string {
  return String(feature.properties?.name ?? feature.properties?.Name);
}

/**
 * The largest distance, in metres, from a position of one reading to the nearest position of
 * the same feature (matched by name) in the other. Archives list their parts in any order and
 * GDAL keeps a Shapefile's clockwise rings, so positions are not compared by index.
 */
function largestGapMeters(a: FeatureCollection, b: FeatureCollection): number {
  let largest = 0;
  for (const feature of a.features) {
    const twin = b.features.find((other) => nameOf(other) === nameOf(feature));
    expect(twin, nameOf(feature)).toBeDefined();
    const theirs = positionsOf(twin!);
    const ours = positionsOf(feature);
    expect(ours.length).toBe(theirs.length);
    for (const p of ours) {
      largest = Math.max(largest, Math.min(...theirs.map((q) => geodesicDistanceMeters(p, q))));
    }
  }
  return largest;
}

describe.each([
  ['places.kml', 'places.gdal.geojson', 'EPSG:4326'],
  ['waypoints.gpx', 'waypoints.gdal.geojson', 'EPSG:4326'],
  ['track.gpx', 'track.gdal.geojson', 'EPSG:4326'],
  ['points-lonlat.csv', 'points-lonlat.gdal.geojson', 'EPSG:4326'],
  ['points-vn2000.csv', 'points-vn2000.gdal.geojson', 'EPSG:5897'],
  ['vn2000-5897.zip', 'vn2000-5897.gdal.geojson', 'EPSG:5897'],
  ['vn2000-3405.zip', 'vn2000-3405.gdal.geojson', 'EPSG:3405'],
  ['communes.topojson', 'communes.gdal.geojson', 'EPSG:4326'],
])('importing %s', (file, reference, crs) => {
  const parsed = parseFile(fixture(file), file);
  const gdal = gdalReading(reference);

  it('reads every feature GDAL reads', () => {
    expect(parsed.collection.features.length).toBe(gdal.features.length);
  });

  it('lands within 1 m of GDAL’s own WGS84 reading', () => {
    expect(largestGapMeters(parsed.collection, gdal)).toBeLessThan(1);
  });

  it(`reads the coordinates as ${crs}`, () => {
    expect(parsed.sourceCrs).toBe(crs);
  });
});

describe('attribute text', () => {
  it('keeps UTF-8 Vietnamese names of a Shapefile with a .cpg', () => {
    const parsed = parseFile(fixture('vn2000-5897.zip'), 'vn2000-5897.zip');
    expect(parsed.collection.features.map((f) => f.properties?.name)).toContain('Hà Nội');
    expect(parsed.encoding).toBe('utf-8');
  });

  it('reads a TCVN3 (ABC) .dbf name as the right Vietnamese string', () => {
    const parsed = parseFile(fixture('tcvn3-names.zip'), 'tcvn3-names.zip');
    expect(parsed.encoding).toBe('tcvn3');
    expect(parsed.collection.features.map((f) => f.properties?.ten)).toEqual([
      'Hà Nội',
      'Vĩnh Yên',
    ]);
  });

  it('lets the planner override the guessed encoding', () => {
    const parsed = parseFile(fixture('tcvn3-names.zip'), 'tcvn3-names.zip', {
      encoding: 'windows-1258',
    });
    expect(parsed.encoding).toBe('windows-1258');
    expect(parsed.collection.features[0]?.properties?.ten).not.toBe('Hà Nội');
  });

  it('reads a VNI-Windows CSV as Unicode', () => {
    // "Hà Nội" and "Trường học" as VNI-Windows bytes.
    const vni = Uint8Array.from([
      ...Buffer.from('lon,lat,ten\n105.8,21.0,Ha', 'latin1'),
      0xf8,
      ...Buffer.from(' No', 'latin1'),
      0xe4,
      ...Buffer.from('i\n105.7,21.1,Tr', 'latin1'),
      0xf6,
      0xf4,
      0xf8,
      ...Buffer.from('ng ho', 'latin1'),
      0xef,
      ...Buffer.from('c\n', 'latin1'),
    ]);
    const parsed = parseFile(vni, 'vni.csv');
    expect(parsed.encoding).toBe('vni');
    expect(parsed.collection.features.map((f) => f.properties?.ten)).toEqual([
      'Hà Nội',
      'Trường học',
    ]);
  });
});

describe('coordinate columns', () => {
  it.each([
    ['kinh độ,vĩ độ,tên\n105.8,21.03,A\n'],
    ['Longitude,Latitude,name\n105.8,21.03,A\n'],
    ['lng;lat;name\n105,8;21,03;A\n'],
    ['x\ty\tname\n105.8\t21.03\tA\n'],
  ])('finds them by name in %j', (text) => {
    const name = text.includes('\t') ? 'points.tsv' : 'points.csv';
    const parsed = parseFile(new TextEncoder().encode(text), name);
    expect(parsed.collection.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [105.8, 21.03],
    });
  });

  it('guesses VN-2000 for metres that cannot be degrees, and says it guessed', () => {
    const text = 'x,y,name\n586513.385,2326256.818,Hà Nội\n';
    const parsed = parseFile(new TextEncoder().encode(text), 'metres.csv');
    expect(parsed.sourceCrs).toBe('EPSG:5897');
    expect(parsed.crsSource).toBe('guess');
    const [lon, lat] = (parsed.collection.features[0]!.geometry as GeoJSON.Point).coordinates;
    expect(geodesicDistanceMeters([lon!, lat!], [105.8342, 21.0278])).toBeLessThan(1);
  });
});
