import { kml } from '@tmcw/togeojson';
import type { FeatureCollection } from 'geojson';
import { FormatError } from './format-error.ts';
import { parseXml } from './parse-xml.ts';
import { readZip } from './read-zip.ts';
import { type RawParse, toWgs84 } from './to-wgs84.ts';
import type { ParsedFile, ParseOptions } from './types.ts';

const UTF8 = new TextDecoder('utf-8');

/** A KML text (Google Earth): placemarks, with their ExtendedData, in WGS84 by definition. */
export function parseKml(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  return toWgs84(readKml(UTF8.decode(bytes), fileName, 'kml'), fileName, {
    ...options,
    sourceCrs: options.sourceCrs ?? 'EPSG:4326',
  });
}

/** A KMZ archive: its main KML (`doc.kml`, else the first `.kml` entry). */
export function parseKmz(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  const entries = readZip(bytes, fileName);
  const names = [...entries.keys()].filter((name) => name.toLowerCase().endsWith('.kml'));
  const main = names.find((name) => name.toLowerCase() === 'doc.kml') ?? names[0];
  if (main === undefined) {
    throw new FormatError('archive-invalid', `${fileName}: the KMZ archive holds no .kml file`);
  }
  const raw = readKml(UTF8.decode(entries.get(main)!), `${fileName}/${main}`, 'kmz');
  return toWgs84(raw, fileName, { ...options, sourceCrs: options.sourceCrs ?? 'EPSG:4326' });
}

function readKml(text: string, fileName: string, format: 'kml' | 'kmz'): RawParse {
  const document = parseXml(text, fileName);
  if (document.documentElement.localName !== 'kml') {
    throw new FormatError(
      'syntax',
      `${fileName}: the XML root is <${document.documentElement.localName}>, not <kml>`,
    );
  }
  const all = kml(document) as FeatureCollection;
  const features = all.features.filter((feature) => feature.geometry !== null);
  const skipped = all.features.length - features.length;
  const notes = skipped > 0 ? [`${skipped} placemark(s) without geometry skipped`] : [];
  return { format, collection: { type: 'FeatureCollection', features }, notes };
}
