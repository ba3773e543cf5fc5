import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { reprojectFromWgs84 } from '../../src/core/crs/reproject-from-wgs84.ts';
import type { CrsCode } from '../../src/core/crs/vn2000.ts';
import { isClockwise } from '../../src/core/formats/ring-orientation.ts';
import { shapefileFiles } from '../../src/core/formats/serialize-shapefile.ts';

// Squares near Vĩnh Yên, `size` degrees wide, counter-clockwise as RFC 7946 has them.
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const feature = (name: string, geometry: Geometry): Feature => ({
  type: 'Feature',
  properties: { name },
  geometry,
});

const SHAPES: Record<string, Feature[]> = {
  points: [
    feature('trạm bơm', { type: 'Point', coordinates: [105.6012345, 21.3098765] }),
    feature('cầu', { type: 'Point', coordinates: [105.62, 21.28] }),
    feature('đình', { type: 'Point', coordinates: [105.58, 21.33] }),
  ],
  lines: [
    feature('kênh', {
      type: 'LineString',
      coordinates: [
        [105.55, 21.3],
        [105.57, 21.31],
        [105.6, 21.305],
      ],
    }),
    feature('đê', {
      type: 'MultiLineString',
      coordinates: [
        [
          [105.5, 21.2],
          [105.52, 21.22],
        ],
        [
          [105.53, 21.23],
          [105.54, 21.25],
          [105.56, 21.24],
        ],
      ],
    }),
  ],
  polygons: [
    feature('ô có hai lỗ', {
      type: 'Polygon',
      coordinates: [
        square(105.6, 21.3, 0.01),
        square(105.601, 21.301, 0.002).reverse(),
        square(105.605, 21.305, 0.002).reverse(),
      ],
    }),
    // Turned the wrong way round (outer clockwise, hole counter-clockwise): written the same.
    feature('ô ngược chiều', {
      type: 'Polygon',
      coordinates: [square(105.62, 21.3, 0.01).reverse(), square(105.623, 21.303, 0.003)],
    }),
  ],
  multipolygons: [
    feature('hai mảnh', {
      type: 'MultiPolygon',
      coordinates: [
        [square(105.64, 21.3, 0.01), square(105.643, 21.303, 0.003).reverse()],
        [square(105.66, 21.31, 0.005)],
      ],
    }),
  ],
};

const work = mkdtempSync(join(tmpdir(), 'giapranh-shp-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the set unzipped, so GDAL opens the .shp itself and goes through the .shx. */
function written(kind: string, crs: CrsCode): { shp: string; files: Record<string, Uint8Array> } {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: SHAPES[kind]! };
  const files = shapefileFiles(collection, { name: `${kind}${crs.slice(5)}`, targetCrs: crs });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, name), bytes);
  const shp = Object.keys(files).find((name) => name.endsWith('.shp'))!;
  return { shp: join(work, shp), files };
}

/** Runs a GDAL tool; anything it says on standard error (a bad .shx, a short record) fails. */
function gdal(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  expect(run.stderr, `${tool} ${args.join(' ')}`).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

function readByGdal(shp: string): FeatureCollection {
  return JSON.parse(gdal('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', shp])) as FeatureCollection;
}

/** `ogrinfo -al -so`: feature count and the extent GDAL reports (the header's). */
function summaryByGdal(shp: string): { count: number; extent: number[] } {
  const text = gdal('ogrinfo', ['-ro', '-al', '-so', shp]);
  const count = Number(/^Feature Count: (\d+)$/m.exec(text)![1]);
  const numbers = /^Extent: \((\S+), (\S+)\) - \((\S+), (\S+)\)$/m.exec(text)!;
  return { count, extent: numbers.slice(1, 5).map(Number) };
}

/** The box of every position GDAL read: xmin, ymin, xmax, ymax. */
function extentOf(collection: FeatureCollection): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of collection.features.flatMap((f) => partsOf(f.geometry))) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0]!, x!);
      box[1] = Math.min(box[1]!, y!);
      box[2] = Math.max(box[2]!, x!);
      box[3] = Math.max(box[3]!, y!);
    }
  }
  return box;
}

/** Every line or ring (a point: a part of one position) in order. */
function partsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Point') return [[geometry.coordinates]];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString' || geometry.type === 'Polygon')
    return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** The largest gap between matching positions, a ring compared either way round. */
function largestGap(ours: Position[], theirs: Position[]): number {
  expect(theirs.length).toBe(ours.length);
  const gap = (other: Position[]) =>
    Math.max(...ours.map((p, i) => Math.hypot(p[0]! - other[i]![0]!, p[1]! - other[i]![1]!)));
  return Math.min(gap(theirs), gap([...theirs].reverse()));
}

const CASES: [string, CrsCode, number][] = [
  ['points', 'EPSG:4326', 1e-8],
  ['lines', 'EPSG:4326', 1e-8],
  ['polygons', 'EPSG:4326', 1e-8],
  ['multipolygons', 'EPSG:4326', 1e-8],
  ['polygons', 'EPSG:5897', 0.001],
  ['multipolygons', 'EPSG:5897', 0.001],
  ['lines', 'EPSG:5897', 0.001],
];

describe.each(CASES)('our %s Shapefile in %s, read by GDAL', (kind, crs, millimetre) => {
  const expected = reprojectFromWgs84({ type: 'FeatureCollection', features: SHAPES[kind]! }, crs);
  const { shp } = written(kind, crs);

  it('has every feature, with the same shape and positions within 1 mm', () => {
    const read = readByGdal(shp);
    expect(read.features.length).toBe(expected.features.length);
    read.features.forEach((theirs, i) => {
      const ours = expected.features[i]!;
      expect(theirs.properties?.name).toBe(ours.properties?.name);
      // A ring turned the wrong way makes GDAL read a hole as a second polygon.
      expect(theirs.geometry!.type).toBe(ours.geometry!.type);
      const [ourParts, theirParts] = [partsOf(ours.geometry), partsOf(theirs.geometry)];
      expect(theirParts.length).toBe(ourParts.length);
      ourParts.forEach((part, p) => {
        expect(largestGap(part, theirParts[p]!)).toBeLessThan(millimetre);
      });
    });
  });

  it('has outer rings clockwise and holes counter-clockwise in the file', () => {
    for (const theirs of readByGdal(shp).features) {
      const polygons =
        theirs.geometry?.type === 'Polygon'
          ? [theirs.geometry.coordinates]
          : theirs.geometry?.type === 'MultiPolygon'
            ? theirs.geometry.coordinates
            : [];
      for (const rings of polygons) {
        expect(rings.map((ring) => isClockwise(ring))).toEqual(rings.map((_, i) => i === 0));
      }
    }
  });

  it("has the header's feature count and extent equal to GDAL's reading", () => {
    const summary = summaryByGdal(shp);
    const read = readByGdal(shp);
    expect(summary.count).toBe(expected.features.length);
    const gdalExtent = extentOf(read);
    summary.extent.forEach((value, i) => {
      expect(Math.abs(value - gdalExtent[i]!)).toBeLessThan(millimetre);
    });
    expect(gdalExtent).toEqual(extentOf(expected).map((v) => expect.closeTo(v, 9)));
  });
});

describe('the .shp and .shx framing', () => {
  const { files } = written('multipolygons', 'EPSG:4326');
  const lines = written('lines', 'EPSG:4326').files;

  it('gives each file its own length in the header, in 16-bit words', () => {
    for (const name of ['multipolygons4326_polygons', 'lines4326_lines']) {
      for (const extension of ['shp', 'shx']) {
        const bytes = (name.startsWith('lines') ? lines : files)[`${name}.${extension}`]!;
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        expect(view.getInt32(0)).toBe(9994);
        expect(view.getInt32(24) * 2).toBe(bytes.length);
        expect(view.getInt32(28, true)).toBe(1000);
      }
    }
  });

  it('indexes every record at its offset, with its content length', () => {
    const shp = lines['lines4326_lines.shp']!;
    const shx = lines['lines4326_lines.shx']!;
    const shpView = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
    const shxView = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
    let next = 100;
    for (let record = 0; 100 + record * 8 < shx.length; record++) {
      const offset = shxView.getInt32(100 + record * 8) * 2;
      const length = shxView.getInt32(100 + record * 8 + 4) * 2;
      expect(offset).toBe(next);
      expect(shpView.getInt32(offset)).toBe(record + 1);
      expect(shpView.getInt32(offset + 4) * 2).toBe(length);
      next = offset + 8 + length;
    }
    expect(next).toBe(shp.length);
  });
});

describe('the .dbf, read by GDAL', () => {
  const long = 'ệ'.repeat(100); // 300 bytes of UTF-8: cut to 84 whole characters (252 bytes)
  const rows: Record<string, unknown>[] = [
    { name: 'Thị trấn Tam Đảo', code: 7, big: 1.2345678901234566e25, open: true, mixed: 1, long },
    { name: 'Xã Đại Đình', code: -0.125, big: null, open: null, mixed: 'hai', meta: { số: 3 } },
    { name: null, code: null, big: 2, open: false },
  ];
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: rows.map((properties, i) => ({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [105.6 + i * 0.01, 21.3] },
    })),
  };
  const files = shapefileFiles(collection, { name: 'table' });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, name), bytes);
  const read = () => readByGdal(join(work, 'table_points.shp')).features.map((f) => f.properties);

  it('gives back every value: text in UTF-8, numbers, booleans, nulls', () => {
    const [first, second, third] = read();
    expect(first).toMatchObject({ name: 'Thị trấn Tam Đảo', code: 7, open: 'T', mixed: '1' });
    expect(first!.big).toBeCloseTo(1.2345678901234566e25, -13);
    expect(second).toMatchObject({ name: 'Xã Đại Đình', code: -0.125, big: null, open: null });
    // An object is written as its JSON text, which GDAL's GeoJSON writer turns back into JSON.
    expect(second).toMatchObject({ mixed: 'hai', meta: { số: 3 } });
    expect(third).toMatchObject({ name: null, code: null, big: 2, open: 'F', mixed: null });
  });

  it('cuts a text longer than 254 bytes at a character boundary', () => {
    expect(read()[0]!.long).toBe('ệ'.repeat(84));
  });

  it('makes each text field as wide as its longest value', () => {
    const text = gdal('ogrinfo', ['-ro', '-al', '-so', join(work, 'table_points.shp')]);
    const nameBytes = Buffer.byteLength('Thị trấn Tam Đảo');
    expect(text).toMatch(new RegExp(`^name: String \\(${nameBytes}\\.0\\)$`, 'm'));
    expect(text).toMatch(/^code: Real \(18\.3\)$/m);
    expect(text).toMatch(/^long: String \(254\.0\)$/m);
  });
});
