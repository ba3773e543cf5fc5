import { geoJSONToWkt } from 'betterknown';
import type { FeatureCollection } from 'geojson';
import { type CsvValue, csv } from '../analysis/serialize-rows.ts';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import { crsDef } from '../crs/vn2000.ts';
import type { SerializeOptions } from './types.ts';

/**
 * CSV for a spreadsheet: points as two coordinate columns (`lon`/`lat` in WGS84,
 * `easting_epsg5897`/`northing_epsg5897` in VN-2000 metres, naming the system since a CSV has
 * nowhere else to say it), and, when the layer has other geometries, a `wkt` column for every
 * row (so GDAL and QGIS read the whole layer from one column), then the properties.
 * UTF-8 with a BOM and formula-safe text cells (the analysis CSV's rules).
 */
export function serializeCsv(
  collection: FeatureCollection,
  options: SerializeOptions = {},
): string {
  const target = options.targetCrs ?? 'EPSG:4326';
  const projected = crsDef(target).projected;
  const code = target.slice(5);
  const [xName, yName] = projected
    ? [`easting_epsg${code}`, `northing_epsg${code}`]
    : ['lon', 'lat'];
  const written = reprojectFromWgs84(collection, target);
  const propertyNames = [
    ...new Set(written.features.flatMap((f) => Object.keys(f.properties ?? {}))),
  ];
  const allPoints = written.features.every((f) => f.geometry?.type === 'Point');
  const geometryColumns = allPoints ? [xName, yName] : [xName, yName, 'wkt'];
  const columns = [
    ...geometryColumns,
    ...propertyNames.filter((name) => !geometryColumns.includes(name)),
  ];
  const records = written.features.map((feature) => {
    const record: Record<string, CsvValue> = {};
    for (const name of propertyNames) record[name] = cellOf(feature.properties?.[name]);
    const geometry = feature.geometry;
    if (geometry?.type === 'Point') {
      record[xName] = geometry.coordinates[0]!;
      record[yName] = geometry.coordinates[1]!;
    }
    if (geometry && !allPoints) record.wkt = geoJSONToWkt(geometry);
    return record;
  });
  const decimals = projected ? 3 : 7;
  return csv(columns, records, { [xName]: decimals, [yName]: decimals });
}

function cellOf(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
