import { FormatError } from './format-error.ts';
import { isZip } from './read-zip.ts';
import type { FormatId } from './types.ts';

export { IMPORT_EXTENSIONS } from './import-extensions.ts';

const BY_EXTENSION: Readonly<Record<string, FormatId>> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  csv: 'csv',
  tsv: 'tsv',
  txt: 'csv',
  zip: 'shapefile',
  shz: 'shapefile',
  topojson: 'topojson',
};

/**
 * A file's format, from its extension and first bytes: a `.json` holding a TopoJSON topology is
 * TopoJSON; a ZIP is a Shapefile unless it is a KMZ. Anything else is refused by name, so a
 * .dwg or .xlsx is "unsupported", never "not valid JSON".
 */
export function detectFormat(fileName: string, bytes: Uint8Array): FormatId {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = BY_EXTENSION[extension];
  if (format === undefined) {
    throw new FormatError(
      'unsupported-format',
      `${fileName}: .${extension || '(no extension)'} files are not supported; import GeoJSON, KML/KMZ, GPX, CSV/TSV, zipped Shapefile or TopoJSON`,
    );
  }
  if (format === 'geojson' && /^\s*\{\s*"type"\s*:\s*"Topology"/.test(head(bytes)))
    return 'topojson';
  if (format === 'shapefile' && !isZip(bytes)) {
    throw new FormatError(
      'archive-invalid',
      `${fileName}: not a ZIP archive (a Shapefile is imported as a .zip of its .shp, .shx, .dbf, .prj)`,
    );
  }
  return format;
}

function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '');
}
