import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import type { CrsCode } from '../../src/core/crs/vn2000.ts';
import { type ExportedLayer, serializeLayers } from '../../src/core/formats/serialize-layers.ts';
import type { ExportFormatId } from '../../src/core/formats/types.ts';
import { geodesicDistanceMeters } from '../../src/core/geodesy/geodesic-distance-meters.ts';

const SOURCE = JSON.parse(
  readFileSync(new URL('../../scripts/fixtures/formats-source.geojson', import.meta.url), 'utf8'),
) as FeatureCollection;
const [point1, point2, line, polygon] = SOURCE.features;

// Two shown layers, each of two geometry types: 4 features, 3 types, 4 layer-and-type sets.
const LAYERS: ExportedLayer[] = [
  {
    id: 'roads',
    name: 'Đường',
    collection: { type: 'FeatureCollection', features: [point1!, line!] },
  },
  {
    id: 'zones',
    name: 'Vùng',
    collection: { type: 'FeatureCollection', features: [point2!, polygon!] },
  },
];

const work = mkdtempSync(join(tmpdir(), 'giapranh-export-all-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EXTENSION: Record<ExportFormatId, string> = {
  geojson: 'geojson',
  kml: 'kml',
  csv: 'csv',
  shapefile: 'zip',
};

function write(format: ExportFormatId, crs: CrsCode, split?: 'layer'): string {
  const path = join(work, `all-${format}-${crs.slice(5)}${split ?? ''}.${EXTENSION[format]}`);
  const bytes = serializeLayers(LAYERS, format, {
    targetCrs: crs,
    name: 'layers',
    ...(split && { shapefileSplit: split }),
  });
  writeFileSync(path, bytes);
  return path;
}

/** GDAL's layers in the file and their feature counts (`ogrinfo -so -al`). */
function gdalCounts(path: string, format: ExportFormatId): Record<string, number> {
  const source = format === 'shapefile' ? `/vsizip/${path}` : path;
  const text = execFileSync('ogrinfo', ['-ro', '-so', '-al', source], { encoding: 'utf8' });
  const counts: Record<string, number> = {};
  let layer = '';
  for (const line of text.split('\n')) {
    layer = /^Layer name: (.+)$/.exec(line)?.[1] ?? layer;
    const count = /^Feature Count: (\d+)$/.exec(line)?.[1];
    if (count) counts[layer] = Number(count);
  }
  return counts;
}

const total = (counts: Record<string, number>) =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

describe('export of all shown layers in one file, read by GDAL', () => {
  for (const crs of ['EPSG:4326', 'EPSG:5897', 'EPSG:3405'] as const) {
    for (const format of ['geojson', 'csv', 'shapefile'] as const) {
      it(`${format} in ${crs} holds every feature of both layers`, () => {
        const counts = gdalCounts(write(format, crs), format);
        expect(total(counts)).toBe(4);
      });
    }
  }

  it('KML gives each layer a folder, which GDAL reads as a layer of its own', () => {
    expect(gdalCounts(write('kml', 'EPSG:4326'), 'kml')).toEqual({ Đường: 2, Vùng: 2 });
  });

  it('a zipped Shapefile holds one .shp per geometry type, with a layer field', () => {
    const path = write('shapefile', 'EPSG:5897');
    expect(gdalCounts(path, 'shapefile')).toEqual({
      layers_points: 2,
      layers_lines: 1,
      layers_polygons: 1,
    });
    const layers = execFileSync(
      'ogrinfo',
      ['-ro', '-q', '-sql', 'SELECT layer FROM layers_points', `/vsizip/${path}`],
      { encoding: 'utf8' },
    );
    expect(layers).toContain('layer (String) = roads');
    expect(layers).toContain('layer (String) = zones');
  });

  it('or one .shp per layer and geometry type', () => {
    const counts = gdalCounts(write('shapefile', 'EPSG:4326', 'layer'), 'shapefile');
    expect(counts).toEqual({ roads_points: 1, roads_lines: 1, zones_points: 1, zones_polygons: 1 });
  });

  it('a VN-2000 UTM 48N export lands back within 1 cm of WGS84 through GDAL', () => {
    const path = write('shapefile', 'EPSG:3405');
    const text = execFileSync(
      'ogr2ogr',
      ['-f', 'GeoJSON', '/vsistdout/', '-t_srs', 'EPSG:4326', `/vsizip/${path}`, 'layers_points'],
      { encoding: 'utf8' },
    );
    const read = JSON.parse(text) as FeatureCollection;
    const [lon, lat] = (point1!.geometry as GeoJSON.Point).coordinates as [number, number];
    const nearest = Math.min(
      ...read.features.map((f) => {
        const [x, y] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        return geodesicDistanceMeters([lon, lat], [x, y]);
      }),
    );
    expect(nearest).toBeLessThan(0.01);
  });
});
