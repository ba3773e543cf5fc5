import type { FeatureCollection } from 'geojson';
import { serializeCsv } from './serialize-csv.ts';
import { serializeGeoJson } from './serialize-geojson.ts';
import { serializeKml } from './serialize-kml.ts';
import { serializeShapefile } from './serialize-shapefile.ts';
import type { ExportFormatId, SerializeOptions } from './types.ts';

const TEXT = new TextEncoder();

/** The file extension of each export format. */
export const EXPORT_EXTENSION: Readonly<Record<ExportFormatId, string>> = {
  geojson: '.geojson',
  kml: '.kml',
  csv: '.csv',
  shapefile: '.zip',
};

/** The MIME type of each export format, for downloads. */
export const EXPORT_MIME: Readonly<Record<ExportFormatId, string>> = {
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
  csv: 'text/csv;charset=utf-8',
  shapefile: 'application/zip',
};

/** A WGS84 collection as the bytes of a file in `format`: the one export entry. */
export function serializeFile(
  collection: FeatureCollection,
  format: ExportFormatId,
  options: SerializeOptions = {},
): Uint8Array {
  switch (format) {
    case 'geojson':
      return TEXT.encode(serializeGeoJson(collection, options));
    case 'kml':
      return TEXT.encode(serializeKml(collection));
    case 'csv':
      return TEXT.encode(serializeCsv(collection, options));
    case 'shapefile':
      return serializeShapefile(collection, options);
  }
}

/** The export format an output file name asks for, by extension. */
export function exportFormatOf(fileName: string): ExportFormatId | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'geojson' || extension === 'json') return 'geojson';
  if (extension === 'kml') return 'kml';
  if (extension === 'csv') return 'csv';
  if (extension === 'zip' || extension === 'shz') return 'shapefile';
  return undefined;
}
