import { geoJSONToWkt } from 'betterknown';
import type { Feature, FeatureCollection } from 'geojson';
import { type CsvValue, csvHead, csvLine } from '../analysis/serialize-rows.ts';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import { type CrsCode, crsDef } from '../crs/vn2000.ts';
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
  const written = reprojectFromWgs84(collection, target);
  const columns = new CsvColumns();
  for (const feature of written.features) columns.add(feature);
  const layout = columns.layout(target);
  const rows = written.features.map((feature) => `${csvRow(feature, layout)}\n`);
  return `${csvHead(layout.columns)}${rows.join('')}`;
}

/** The columns of a CSV export and how its coordinates are written. */
export interface CsvLayout {
  columns: string[];
  propertyNames: string[];
  xName: string;
  yName: string;
  /** Every feature is a Point: no `wkt` column. */
  allPoints: boolean;
  decimals: Record<string, number>;
}

/**
 * Gathers a CSV's columns from the features one at a time (property names in order of first
 * appearance, whether all are points), so a file read in parts gets the columns of the whole.
 */
export class CsvColumns {
  private readonly names = new Set<string>();
  private allPoints = true;

  add(feature: Feature): void {
    for (const name of Object.keys(feature.properties ?? {})) this.names.add(name);
    if (feature.geometry?.type !== 'Point') this.allPoints = false;
  }

  /** The layout for coordinates written in `target`. */
  layout(target: CrsCode): CsvLayout {
    const projected = crsDef(target).projected;
    const code = target.slice(5);
    const [xName, yName] = projected
      ? [`easting_epsg${code}`, `northing_epsg${code}`]
      : ['lon', 'lat'];
    const propertyNames = [...this.names];
    const geometryColumns = this.allPoints ? [xName, yName] : [xName, yName, 'wkt'];
    const decimals = projected ? 3 : 7;
    return {
      columns: [
        ...geometryColumns,
        ...propertyNames.filter((name) => !geometryColumns.includes(name)),
      ],
      propertyNames,
      xName,
      yName,
      allPoints: this.allPoints,
      decimals: { [xName]: decimals, [yName]: decimals },
    };
  }
}

/** One feature (already in the layout's system) as a CSV line without its line end. */
export function csvRow(feature: Feature, layout: CsvLayout): string {
  const record: Record<string, CsvValue> = {};
  for (const name of layout.propertyNames) record[name] = cellOf(feature.properties?.[name]);
  const geometry = feature.geometry;
  if (geometry?.type === 'Point') {
    record[layout.xName] = geometry.coordinates[0]!;
    record[layout.yName] = geometry.coordinates[1]!;
  }
  if (geometry && !layout.allPoints) record.wkt = geoJSONToWkt(geometry);
  return csvLine(layout.columns, record, layout.decimals);
}

function cellOf(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
