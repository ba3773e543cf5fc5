import { parseCsv } from './csv.ts';
import { detectFormat } from './detect-format.ts';
import { parseGeoJson } from './geojson.ts';
import { parseGpx } from './gpx.ts';
import { parseKml, parseKmz } from './kml.ts';
import { parseShapefileZip } from './shapefile.ts';
import { parseTopoJson } from './topojson.ts';
import type { FormatId, ParsedFile, ParseOptions } from './types.ts';

type Parser = (bytes: Uint8Array, fileName: string, options?: ParseOptions) => ParsedFile;

const PARSERS: Readonly<Record<FormatId, Parser>> = {
  geojson: parseGeoJson,
  kml: parseKml,
  kmz: parseKmz,
  gpx: parseGpx,
  csv: parseCsv,
  tsv: parseCsv,
  shapefile: parseShapefileZip,
  topojson: parseTopoJson,
};

/**
 * Any importable file as WGS84 features: the one entry the app, the import worker and the CLI
 * share. Throws a {@link FormatError} (what and where) for a file refused whole.
 */
export function parseFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  return PARSERS[detectFormat(fileName, bytes)](bytes, fileName, options);
}
