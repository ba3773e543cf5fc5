import { zipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import type { CrsCode } from '../crs/vn2000.ts';
import { dbfTable } from './dbf-table.ts';
import { FormatError } from './format-error.ts';
import { PRJ_WKT } from './prj-wkt.ts';
import { shapePartsOf } from './shape-parts.ts';
import { SHAPE_TYPE } from './shp-header.ts';
import { shpFiles } from './shp-records.ts';
import type { SerializeOptions } from './types.ts';

type ShapeKind = keyof typeof SHAPE_TYPE;

const KIND_OF: Readonly<Record<string, ShapeKind>> = {
  Point: 'point',
  LineString: 'polyline',
  MultiLineString: 'polyline',
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
};
const FILE_SUFFIX: Readonly<Record<ShapeKind, string>> = {
  point: 'points',
  polyline: 'lines',
  polygon: 'polygons',
};
const UTF8 = new TextEncoder();

/**
 * A zipped Shapefile: one .shp/.shx/.dbf/.prj/.cpg set per shape type present (points, lines,
 * polygons: a Shapefile holds one type), named `<name>_points` etc. Records are written in
 * time linear in the positions (`shp-records.ts`) with rings turned the way the format wants
 * (outer clockwise); text is UTF-8 and the .cpg says so (`dbf-table.ts`). DBF field names are
 * ASCII of at most 10 characters, so longer or accented property names are shortened
 * (diacritics dropped) and kept unique.
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
  const groups = new Map<ShapeKind, { feature: Feature; index: number }[]>();
  written.features.forEach((feature, index) => {
    const kind = feature.geometry ? KIND_OF[feature.geometry.type] : undefined;
    if (!kind) {
      throw new FormatError(
        'unsupported-geometry',
        `${featureAt(feature, index)}: a Shapefile cannot hold a ${feature.geometry?.type ?? 'missing'} geometry`,
      );
    }
    const group = groups.get(kind);
    // Pushed, not spread into a new array: a copy per feature made a 20,000-polygon export
    // take 14 s (quadratic), a 100 MB one hours.
    if (group) group.push({ feature, index });
    else groups.set(kind, [{ feature, index }]);
  });
  const fieldNames = dbfFieldNames(written.features);
  const base = safeFileName(options.name ?? 'layer');
  const files: Record<string, Uint8Array> = {};
  for (const [kind, features] of groups) {
    const shapes = features.map(({ feature, index }) =>
      shapePartsOf(feature.geometry!, featureAt(feature, index)),
    );
    const { shp, shx } = shpFiles(SHAPE_TYPE[kind], shapes);
    const name = `${base}_${FILE_SUFFIX[kind]}`;
    files[`${name}.shp`] = shp;
    files[`${name}.shx`] = shx;
    files[`${name}.dbf`] = dbfTable(
      fieldNames,
      features.map(({ feature }) => feature.properties),
    );
    files[`${name}.prj`] = UTF8.encode(PRJ_WKT[target]);
    files[`${name}.cpg`] = UTF8.encode('UTF-8');
  }
  return files;
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

function featureAt(feature: Feature, index: number): string {
  return `feature ${index}${feature.id === undefined ? '' : ` (id ${feature.id})`}`;
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
