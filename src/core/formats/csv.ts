import { wktToGeoJSON as parseWkt } from 'betterknown';
import type { Feature, Geometry } from 'geojson';
import Papa from 'papaparse';
import { decodeAs } from '../legacy-text/decode.ts';
import { guessEncoding } from '../legacy-text/guess.ts';
import { columnKey, findCoordinateColumns, WKT_COLUMNS } from './coordinate-columns.ts';
import { FormatError } from './format-error.ts';
import { toWgs84 } from './to-wgs84.ts';
import type { ParsedFile, ParseOptions } from './types.ts';

/**
 * A CSV or TSV table: one feature per row, a point from the coordinate columns (found by name,
 * see {@link findCoordinateColumns}) or the geometry of a WKT column; the other columns become
 * properties, numbers as numbers. Text in TCVN3, VNI or Windows-1258 is detected and read as
 * Unicode. A row without coordinates is refused with its line number.
 */
export function parseCsv(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const encoding = options.encoding ?? guessEncoding(body);
  const text = decodeAs(body, encoding);
  const tsv = /\.tsv$|\.tab$/i.test(fileName);
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    ...(tsv ? { delimiter: '\t' } : {}),
  });
  const header = result.meta.fields ?? [];
  const columns = findCoordinateColumns(header);
  const wktColumn = header.find((name) => WKT_COLUMNS.includes(columnKey(name)));
  if (!columns && !wktColumn) {
    throw new FormatError(
      'no-coordinates',
      `${fileName}: no coordinate columns (looked for lon/lat, lng, x/y, kinh độ/vĩ độ, easting/northing or WKT; found ${header.map((h) => `"${h}"`).join(', ')})`,
    );
  }
  const badRow = result.errors.find((error) => error.type !== 'Delimiter');
  if (badRow) {
    throw new FormatError(
      'syntax',
      `${fileName}, line ${(badRow.row ?? 0) + 2}: ${badRow.message}`,
    );
  }
  const geometryColumns = new Set([columns?.x, columns?.y, wktColumn]);
  const features = result.data.map((row, index): Feature => {
    const line = index + 2;
    const properties: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(row)) {
      if (!geometryColumns.has(key) && key !== '__parsed_extra') properties[key] = cellValue(value);
    }
    return {
      type: 'Feature',
      properties,
      geometry: rowGeometry(row, columns, wktColumn, `${fileName}, line ${line}`),
    };
  });
  const format = tsv ? 'tsv' : 'csv';
  return toWgs84(
    {
      format,
      collection: { type: 'FeatureCollection', features },
      fileCrs: columns?.crs,
      encoding,
    },
    fileName,
    options,
  );
}

function rowGeometry(
  row: Record<string, string>,
  columns: ReturnType<typeof findCoordinateColumns>,
  wktColumn: string | undefined,
  where: string,
): Geometry {
  const wkt = wktColumn ? row[wktColumn]?.trim() : '';
  if (wkt) {
    try {
      const geometry = parseWkt(wkt);
      if (geometry) return geometry as Geometry;
    } catch {
      // Reported below with the place.
    }
    throw new FormatError('syntax', `${where}: "${wkt.slice(0, 40)}" is not WKT geometry`);
  }
  const x = columns ? parseNumber(row[columns.x]) : Number.NaN;
  const y = columns ? parseNumber(row[columns.y]) : Number.NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    throw new FormatError(
      'no-coordinates',
      `${where}: no coordinates (${columns ? `"${row[columns.x] ?? ''}", "${row[columns.y] ?? ''}"` : 'empty WKT'})`,
    );
  }
  return { type: 'Point', coordinates: [x, y] };
}

// Vietnamese spreadsheets often write a decimal comma: "105,123456".
function parseNumber(value: string | undefined): number {
  if (value === undefined) return Number.NaN;
  const text = value.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return text === '' ? Number.NaN : Number(text);
}

function cellValue(value: string | undefined): string | number {
  const text = (value ?? '').trim();
  if (/^-?(\d+\.?\d*|\.\d+)$/.test(text) && !/^-?0\d/.test(text)) return Number(text);
  return value ?? '';
}
