import type { FeatureCollection } from 'geojson';
import { detectFormat } from '../formats/detect-format.ts';
import { FormatError } from '../formats/format-error.ts';
import { parseFile } from '../formats/parse-file.ts';
import type { FormatId, TextEncoding } from '../formats/types.ts';
import type { LayerDef } from '../layers/types.ts';
import { importBytes } from './import-bytes.ts';
import { type ImportOptions, type ImportOutcome, importFeatures } from './import-features.ts';
import type { FullReport } from './reported-outcome.ts';

/** What an import of any format may be told on top of {@link ImportOptions}. */
export interface FileImportOptions extends ImportOptions {
  /** Read attribute text in this encoding instead of the detected one. */
  encoding?: TextEncoding;
  /** Swap every position's two numbers first (a file written latitude, longitude). */
  swapAxes?: boolean;
}

/** An import outcome with what was learnt about the file's format. */
export interface FileImportOutcome extends ImportOutcome {
  format?: FormatId;
  encoding?: TextEncoding;
  /** The system was guessed from numbers that cannot be degrees: the planner confirms it. */
  crsGuessed?: boolean;
  /** The file was refused for its format (unsupported, broken archive, XML bomb…). */
  formatRefused?: boolean;
  /** The planner may retry in another coordinate system (projected metres, unknown .prj). */
  crsFixApplies?: boolean;
  /** The planner may retry with longitude and latitude swapped. */
  swapFixApplies?: boolean;
  /** Every finding kept, to download (made in the import worker: see `reportedOutcome`). */
  fullReport?: FullReport;
}

/**
 * Any importable file's bytes → features for a layer, all or nothing. GeoJSON keeps the
 * validator's line-and-column findings; other formats go through their converter in
 * `core/formats` and are then checked like GeoJSON. A refusal says what and where, and which
 * fix applies: a coordinate system for metres, swapped axes for latitude-first files, none for
 * a syntax error or an unsupported format.
 */
export function importFile(
  bytes: Uint8Array,
  fileName: string,
  layer: LayerDef,
  existingIds: ReadonlySet<string>,
  options: FileImportOptions = {},
): FileImportOutcome {
  let format: FormatId;
  try {
    format = detectFormat(fileName, bytes);
  } catch (error) {
    return refused(error, fileName, layer);
  }
  if (format === 'geojson' && !options.swapAxes) {
    return withFixes(importBytes(bytes, fileName, layer, existingIds, options), format);
  }
  try {
    // Swapped degrees are no longer "degrees" to the guess from numbers: they are WGS84.
    const sourceCrs = options.sourceCrs ?? (options.swapAxes ? 'EPSG:4326' : undefined);
    const parsed = parseFile(bytes, fileName, {
      ...(sourceCrs ? { sourceCrs } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    const collection = options.swapAxes ? swapped(parsed.collection) : parsed.collection;
    // Text formats carry numbers as text: `importFeatures` reads them as the layer's schema asks.
    const outcome = importFeatures(JSON.stringify(collection), fileName, layer, existingIds, {
      ...options,
      sourceCrs: 'EPSG:4326',
    });
    return {
      ...withFixes(outcome, format),
      sourceCrs: parsed.sourceCrs,
      ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
      crsGuessed: parsed.crsSource === 'guess',
    };
  } catch (error) {
    return refused(error, fileName, layer);
  }
}

function withFixes(outcome: ImportOutcome, format: FormatId): FileImportOutcome {
  const codes = new Set(outcome.errors.map((finding) => finding.code));
  return {
    ...outcome,
    format,
    crsFixApplies: outcome.suggestedCrs !== undefined || codes.has('coordinates-projected'),
    swapFixApplies: codes.has('coordinates-swapped'),
  };
}

function refused(error: unknown, fileName: string, layer: LayerDef): FileImportOutcome {
  if (!(error instanceof FormatError)) throw error;
  return {
    fileName,
    layerId: layer.id,
    accepted: false,
    features: [],
    featureCount: 0,
    errors: [
      {
        severity: 'error',
        code: `format-${error.code}`,
        file: fileName,
        path: '',
        message: error.message,
      },
    ],
    warnings: [],
    omittedCount: 0,
    sourceCrs: 'EPSG:4326',
    formatRefused: true,
    crsFixApplies: error.code === 'unknown-projection',
    swapFixApplies: false,
  };
}

function swapped(collection: FeatureCollection): FeatureCollection {
  const swap = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    if (typeof value[0] === 'number') return [value[1], value[0], ...value.slice(2)];
    return value.map(swap);
  };
  return {
    ...collection,
    features: collection.features.map((feature) => ({
      ...feature,
      geometry:
        feature.geometry &&
        ('coordinates' in feature.geometry
          ? ({
              ...feature.geometry,
              coordinates: swap(feature.geometry.coordinates),
            } as GeoJSON.Geometry)
          : feature.geometry),
    })),
  };
}
