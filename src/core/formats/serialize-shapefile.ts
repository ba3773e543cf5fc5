import { write } from '@mapbox/shp-write';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import type { CrsCode } from '../crs/vn2000.ts';
import { FormatError } from './format-error.ts';
import { PRJ_WKT } from './prj-wkt.ts';
import { orientRing } from './ring-orientation.ts';
import type { SerializeOptions } from './types.ts';

type ShapeType = 'POINT' | 'POLYLINE' | 'POLYGON';

const SHAPE_OF: Readonly<Record<string, ShapeType>> = {
  Point: 'POINT',
  LineString: 'POLYLINE',
  MultiLineString: 'POLYLINE',
  Polygon: 'POLYGON',
  MultiPolygon: 'POLYGON',
};
const UTF8 = new TextEncoder();
/** A .dbf text field holds at most this many bytes. */
const DBF_TEXT_BYTES = 254;

/**
 * A zipped Shapefile: one .shp/.shx/.dbf/.prj/.cpg set per shape type present (points, lines,
 * polygons: a Shapefile holds one type), named `<name>_points` etc. Geometry is written by
 * @mapbox/shp-write with rings turned the way the format wants (outer clockwise); text is
 * UTF-8 and the .cpg says so. DBF field names are ASCII of at most 10 characters, so longer or
 * accented property names are shortened (diacritics dropped) and kept unique.
 */
export function serializeShapefile(
  collection: FeatureCollection,
  options: SerializeOptions = {},
): Uint8Array {
  return zipSync(shapefileFiles(collection, options));
}

/**
 * The files of {@link serializeShapefile} by name, unzipped: an export of several layers puts
 * the sets of each in one archive.
 */
export function shapefileFiles(
  collection: FeatureCollection,
  options: SerializeOptions = {},
): Record<string, Uint8Array> {
  const target: CrsCode = options.targetCrs ?? 'EPSG:4326';
  const written = reprojectFromWgs84(collection, target);
  const groups = new Map<ShapeType, Feature[]>();
  written.features.forEach((feature, index) => {
    const shape = feature.geometry ? SHAPE_OF[feature.geometry.type] : undefined;
    if (!shape) {
      throw new FormatError(
        'unsupported-geometry',
        `feature ${index}${feature.id === undefined ? '' : ` (id ${feature.id})`}: a Shapefile cannot hold a ${feature.geometry?.type ?? 'missing'} geometry`,
      );
    }
    const group = groups.get(shape);
    // Pushed, not spread into a new array: a copy per feature made a 20,000-polygon export
    // take 14 s (quadratic), a 100 MB one hours.
    if (group) group.push(feature);
    else groups.set(shape, [feature]);
  });
  const fieldNames = dbfFieldNames(written.features);
  const base = safeFileName(options.name ?? 'layer');
  const files: Record<string, Uint8Array> = {};
  for (const [shape, features] of groups) {
    const rows = features.map((feature) => dbfRow(feature, fieldNames));
    const geometries = features.map((feature) => shapeParts(feature, shape));
    write(rows, shape, geometries, (_error, out) => {
      const name = `${base}_${shape === 'POINT' ? 'points' : shape === 'POLYLINE' ? 'lines' : 'polygons'}`;
      files[`${name}.shp`] = viewBytes(out.shp);
      files[`${name}.shx`] = viewBytes(out.shx);
      files[`${name}.dbf`] = viewBytes(out.dbf);
      files[`${name}.prj`] = UTF8.encode(PRJ_WKT[target]);
      files[`${name}.cpg`] = UTF8.encode('UTF-8');
    });
  }
  return files;
}

function shapeParts(feature: Feature, shape: ShapeType): object {
  const geometry = feature.geometry!;
  if (shape === 'POINT') return (geometry as GeoJSON.Point).coordinates;
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : (geometry as GeoJSON.MultiPolygon).coordinates;
  return polygons.flatMap((rings) => rings.map((ring, i) => orientRing(ring, i === 0)));
}

function dbfFieldNames(features: readonly Feature[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (names.has(key)) continue;
      const ascii =
        key
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[đĐ]/g, 'd')
          .replace(/[^A-Za-z0-9_]/g, '_') || 'field';
      let candidate = ascii.slice(0, 10);
      for (let n = 1; used.has(candidate.toLowerCase()); n++)
        candidate = `${ascii.slice(0, 10 - String(n).length)}${n}`;
      used.add(candidate.toLowerCase());
      names.set(key, candidate);
    }
  }
  return names;
}

// The dbf writer stores one byte per character: UTF-8 is handed to it as a byte string.
function dbfRow(
  feature: Feature,
  fieldNames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, field] of fieldNames) {
    const value = feature.properties?.[key];
    if (typeof value === 'number' || typeof value === 'boolean') row[field] = value;
    else if (value === null || value === undefined) row[field] = null;
    else row[field] = utf8ByteString(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return row;
}

function utf8ByteString(text: string): string {
  let bytes = UTF8.encode(text);
  if (bytes.length > DBF_TEXT_BYTES) {
    let end = DBF_TEXT_BYTES;
    while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
    bytes = bytes.subarray(0, end);
  }
  return String.fromCharCode(...bytes);
}

function viewBytes(view: DataView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

function safeFileName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/[^A-Za-z0-9_-]+/g, '_') || 'layer'
  );
}
