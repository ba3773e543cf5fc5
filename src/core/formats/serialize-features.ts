import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection } from 'geojson';
import { csvHead } from '../analysis/serialize-rows.ts';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import { type CsvLayout, csvRow } from './serialize-csv.ts';
import { serializeGeoJson } from './serialize-geojson.ts';
import { serializeKml } from './serialize-kml.ts';
import type { SerializeOptions } from './types.ts';

/** A text export written feature by feature: `head`, then each `feature(…)`, then `tail`. */
export interface FeatureWriter {
  head: string;
  /** One WGS84 feature's text, in the file's order. */
  feature(feature: Feature): string;
  tail: string;
}

/** The text formats that can be written feature by feature (a Shapefile is written whole). */
export type StreamableFormat = 'geojson' | 'kml' | 'csv';

/**
 * The writer whose output is, byte for byte, what {@link serializeFile} gives for the same
 * features: the whole-file serializer's text of an empty collection cut around where the
 * features go, and each feature as the serializer writes it. A CSV needs `csvLayout`, the
 * columns gathered from every feature beforehand (`CsvColumns`).
 */
export function featureWriter(
  format: StreamableFormat,
  options: SerializeOptions = {},
  csvLayout?: CsvLayout,
): FeatureWriter {
  const target = format === 'kml' ? 'EPSG:4326' : (options.targetCrs ?? 'EPSG:4326');
  const written = (feature: Feature): Feature =>
    reprojectFromWgs84(collectionOf(feature), target).features[0]!;
  let first = true;
  switch (format) {
    case 'geojson': {
      const [head, tail] = splitAround(serializeGeoJson(collectionOf(), options), ']}\n');
      return {
        head,
        tail,
        feature: (feature) => {
          const text = JSON.stringify(written(feature));
          const separated = first ? text : `,${text}`;
          first = false;
          return separated;
        },
      };
    }
    case 'kml': {
      const [head, tail] = splitAround(serializeKml(collectionOf()), '</Document></kml>');
      return {
        head,
        tail,
        feature: (feature) => {
          const whole = toKML(collectionOf(written(feature)));
          return whole.slice(head.length, whole.length - tail.length);
        },
      };
    }
    case 'csv': {
      if (!csvLayout) throw new Error('a CSV written feature by feature needs its columns first');
      return {
        head: csvHead(csvLayout.columns),
        tail: '',
        feature: (feature) => `${csvRow(written(feature), csvLayout)}\n`,
      };
    }
  }
}

function collectionOf(...features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** An empty collection's text as what comes before its features and what comes after. */
function splitAround(empty: string, tail: string): [string, string] {
  if (!empty.endsWith(tail)) throw new Error(`unexpected empty export: ${empty}`);
  return [empty.slice(0, empty.length - tail.length), tail];
}
