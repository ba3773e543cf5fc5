/**
 * The file extensions the import accepts, for the file picker's `accept`: a file of its own so
 * the picker's list costs the page no parser code.
 */
export const IMPORT_EXTENSIONS = [
  '.geojson',
  '.json',
  '.kml',
  '.kmz',
  '.gpx',
  '.csv',
  '.tsv',
  '.txt',
  '.zip',
  '.topojson',
] as const;
