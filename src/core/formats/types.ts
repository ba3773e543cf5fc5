import type { FeatureCollection } from 'geojson';
import type { CrsCode } from '../crs/vn2000.ts';
import type { TextEncoding } from '../legacy-text/types.ts';

/** The file formats a planner imports from and exports to. */
export type FormatId = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'tsv' | 'shapefile' | 'topojson';

/** The formats a layer can be exported as. */
export type ExportFormatId = 'geojson' | 'kml' | 'csv' | 'shapefile';

/** How a text inside a file was encoded: one type with the legacy decoders (`core/legacy-text`). */
export type { TextEncoding };

/** Where the coordinate system of a parsed file came from. */
export type CrsSource = 'option' | 'file' | 'guess' | 'default';

/** A file read into WGS84 features, with what was learnt on the way. */
export interface ParsedFile {
  format: FormatId;
  /** The features, converted to WGS84 longitude/latitude. */
  collection: FeatureCollection;
  /** The system the coordinates were written in. */
  sourceCrs: CrsCode;
  /** `guess` means numbers that cannot be degrees: the planner should confirm it. */
  crsSource: CrsSource;
  /** The attribute text's encoding, for formats that have a choice. */
  encoding?: TextEncoding;
  /** Things worth knowing that did not stop the import (skipped rows, empty placemarks). */
  notes: string[];
}

/** What a parser may be told instead of guessing. */
export interface ParseOptions {
  /** Read coordinates in this system, whatever the file says. */
  sourceCrs?: CrsCode;
  /** Read attribute text in this encoding, whatever it looks like. */
  encoding?: TextEncoding;
}

/** What a serializer writes. */
export interface SerializeOptions {
  /** The coordinate system written (default WGS84). KML is always WGS84. */
  targetCrs?: CrsCode;
  /** The layer's name, used inside the file where a format has one (KML document, .shp names). */
  name?: string;
}
