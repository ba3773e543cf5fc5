import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { featureId, featureName } from './feature-identity.ts';
import type { FeatureMeasure } from './measure-feature.ts';
import type { NearestRow } from './nearest-between.ts';
import type { OverlapRow } from './overlap-between.ts';

/** The output formats of analyses (the CLI's `--format`, the app's export). */
export type OutputFormat = 'csv' | 'json' | 'geojson';

/** A measured feature with its place in the input. */
export interface MeasuredFeature extends FeatureMeasure {
  feature: Feature;
  index: number;
}

/** Measures as CSV (`id,name,type,length_m,area_m2`), JSON rows or GeoJSON features. */
export function serializeMeasures(rows: readonly MeasuredFeature[], format: OutputFormat): string {
  if (format === 'geojson') {
    return collection(
      rows.map((row) => ({
        ...row.feature,
        properties: {
          ...(row.feature.properties ?? {}),
          length_m: row.lengthMeters,
          area_m2: row.areaSquareMeters,
        },
      })),
    );
  }
  const records = rows.map((row) => ({
    id: featureId(row.feature, row.index),
    name: featureName(row.feature),
    type: row.type,
    length_m: row.lengthMeters,
    area_m2: row.areaSquareMeters,
  }));
  if (format === 'json') return json(records);
  return csv(['id', 'name', 'type', 'length_m', 'area_m2'], records, { length_m: 3, area_m2: 3 });
}

/** A feature's names for people reading an export: Vietnamese, and English where it has one. */
export interface FeatureNames {
  vi: string;
  en: string;
}

/**
 * The names of the two features a row pairs (from → to, or A ∩ B); `second` is null when the
 * row has no second feature (nothing to measure to).
 */
export interface PairNames {
  first: FeatureNames;
  second: FeatureNames | null;
}

/**
 * Name columns appended after a row's own columns (`from_name`, `from_name_en`, …), so a script
 * reading the CLI's columns reads an export with names the same way.
 */
function nameRecord(
  prefixes: readonly [string, string],
  names: PairNames | undefined,
): Record<string, string | null> {
  const [first, second] = prefixes;
  return {
    [`${first}_name`]: names?.first.vi ?? null,
    [`${first}_name_en`]: names?.first.en ?? null,
    [`${second}_name`]: names?.second?.vi ?? null,
    [`${second}_name_en`]: names?.second?.en ?? null,
  };
}

const nameColumns = (prefixes: readonly [string, string]): string[] =>
  prefixes.flatMap((prefix) => [`${prefix}_name`, `${prefix}_name_en`]);

const NEAREST_COLUMNS = [
  'from_id',
  'to_id',
  'distance_m',
  'from_lon',
  'from_lat',
  'to_lon',
  'to_lat',
];

/**
 * Nearest rows as CSV, JSON, or GeoJSON lines joining the two closest points. With `names`
 * (one per row), each row also carries both features' names in Vietnamese and English.
 */
export function serializeNearest(
  rows: readonly NearestRow[],
  format: OutputFormat,
  names?: readonly PairNames[],
): string {
  const records = rows.map((row, i) => ({
    from_id: row.fromId,
    to_id: row.toId,
    distance_m: row.distanceMeters,
    from_lon: row.from?.[0] ?? null,
    from_lat: row.from?.[1] ?? null,
    to_lon: row.to?.[0] ?? null,
    to_lat: row.to?.[1] ?? null,
    ...(names && nameRecord(['from', 'to'], names[i])),
  }));
  if (format === 'json') return json(records);
  if (format === 'csv') {
    const columns = names ? [...NEAREST_COLUMNS, ...nameColumns(['from', 'to'])] : NEAREST_COLUMNS;
    return csv(columns, records, {
      distance_m: 3,
      from_lon: 8,
      from_lat: 8,
      to_lon: 8,
      to_lat: 8,
    });
  }
  const features: Feature[] = [];
  rows.forEach((row, i) => {
    if (!row.from || !row.to) return;
    features.push({
      type: 'Feature',
      properties: records[i] as Record<string, unknown>,
      geometry: { type: 'LineString', coordinates: [row.from, row.to] },
    });
  });
  return collection(features);
}

const OVERLAP_COLUMNS = ['a_id', 'b_id', 'overlap_m2', 'share_of_a', 'share_of_b'];

/**
 * Overlap rows as CSV, JSON, or GeoJSON shared polygons carrying the same fields. With `names`
 * (one per row), each row also carries both features' names in Vietnamese and English.
 */
export function serializeOverlaps(
  rows: readonly (Omit<OverlapRow, 'geometry'> & { geometry?: MultiPolygon })[],
  format: OutputFormat,
  names?: readonly PairNames[],
): string {
  const records = rows.map((row, i) => ({
    a_id: row.aId,
    b_id: row.bId,
    overlap_m2: row.overlapSquareMeters,
    share_of_a: row.shareOfA,
    share_of_b: row.shareOfB,
    ...(names && nameRecord(['a', 'b'], names[i])),
  }));
  if (format === 'json') return json(records);
  if (format === 'csv') {
    const columns = names ? [...OVERLAP_COLUMNS, ...nameColumns(['a', 'b'])] : OVERLAP_COLUMNS;
    return csv(columns, records, { overlap_m2: 3, share_of_a: 8, share_of_b: 8 });
  }
  return collection(
    rows.map((row, i) => ({
      type: 'Feature',
      properties: records[i] as Record<string, unknown>,
      geometry: row.geometry ?? { type: 'MultiPolygon', coordinates: [] },
    })),
  );
}

/** Buffered features as a FeatureCollection (the only sensible shape for polygons). */
export function serializeBuffers(features: readonly Feature[]): string {
  return collection(features);
}

function collection(features: readonly Feature[]): string {
  const document: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  return `${JSON.stringify(document)}\n`;
}

function json(records: readonly object[]): string {
  return `${JSON.stringify(records, null, 1)}\n`;
}

export type CsvValue = string | number | null;

/**
 * Marks the text as UTF-8 for spreadsheets: without it Excel reads the file in the system's
 * code page and Vietnamese names come out as mojibake.
 */
const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV that is safe to open in a spreadsheet: a UTF-8 BOM, and text cells neutralised
 * against formula injection (see {@link csvText}). `decimals` rounds the named numeric columns
 * (mm for metres, ~1 mm for degrees).
 */
export function csv(
  columns: readonly string[],
  records: readonly Record<string, CsvValue>[],
  decimals: Readonly<Record<string, number>> = {},
): string {
  const rows = records.map((record) => `${csvLine(columns, record, decimals)}\n`);
  return `${csvHead(columns)}${rows.join('')}`;
}

/** The start of a {@link csv} text: the BOM and the header line. */
export function csvHead(columns: readonly string[]): string {
  return `${UTF8_BOM}${columns.join(',')}\n`;
}

/** One record of a {@link csv} text, without its line end: for CSV written row by row. */
export function csvLine(
  columns: readonly string[],
  record: Readonly<Record<string, CsvValue>>,
  decimals: Readonly<Record<string, number>> = {},
): string {
  return columns.map((column) => csvCell(record[column] ?? null, decimals[column])).join(',');
}

function csvCell(value: CsvValue, decimals: number | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return decimals === undefined ? String(value) : value.toFixed(decimals);
  return csvText(value);
}

/** What a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number in text (an id like `-5`): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One text cell. A GeoJSON from outside can carry `=HYPERLINK(…)` in a name or id, which
 * Excel or LibreOffice would run on opening: a cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'`, which shows the text as it is (OWASP's advice). Plain
 * numbers stay numbers. Then RFC 4180 quoting.
 */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
