import type { FeatureCollection } from 'geojson';
import { reprojectToWgs84 } from '../crs/reproject.ts';
import type { CrsCode } from '../crs/vn2000.ts';
import { FormatError } from './format-error.ts';
import { guessCrs } from './guess-crs.ts';
import type { CrsSource, FormatId, ParsedFile, ParseOptions, TextEncoding } from './types.ts';

/** What a parser found, before its coordinates are settled. */
export interface RawParse {
  format: FormatId;
  collection: FeatureCollection;
  /** The system the file itself names (.prj, `crs` member, column names). */
  fileCrs?: CrsCode;
  encoding?: TextEncoding;
  notes?: string[];
}

/**
 * Settles a parsed file's coordinate system (the planner's choice, else the file's, else a
 * guess from the numbers) and converts it to WGS84 through `core/crs`, as every reader does.
 */
export function toWgs84(raw: RawParse, fileName: string, options: ParseOptions): ParsedFile {
  const [sourceCrs, crsSource] = settleCrs(raw, fileName, options);
  return {
    format: raw.format,
    collection: reprojectToWgs84(raw.collection, sourceCrs) as FeatureCollection,
    sourceCrs,
    crsSource,
    ...(raw.encoding ? { encoding: raw.encoding } : {}),
    notes: raw.notes ?? [],
  };
}

function settleCrs(raw: RawParse, fileName: string, options: ParseOptions): [CrsCode, CrsSource] {
  if (options.sourceCrs) return [options.sourceCrs, 'option'];
  if (raw.fileCrs) return [raw.fileCrs, 'file'];
  const guess = guessCrs(raw.collection);
  if (guess === undefined) {
    throw new FormatError(
      'unknown-projection',
      `${fileName}: the coordinates are neither degrees nor VN-2000 metres of this region; say which system they are in (--from EPSG:…)`,
    );
  }
  return [guess, guess === 'EPSG:4326' ? 'default' : 'guess'];
}
