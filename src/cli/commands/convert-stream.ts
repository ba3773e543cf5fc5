import { createWriteStream, openSync, statSync } from 'node:fs';
import type { Feature } from 'geojson';
import { reprojectFeatureToWgs84 } from '../../core/crs/reproject.ts';
import { type CrsCode, crsFromMember } from '../../core/crs/vn2000.ts';
import { CrsGuess } from '../../core/formats/guess-crs.ts';
import { CsvColumns, type CsvLayout } from '../../core/formats/serialize-csv.ts';
import { featureWriter, type StreamableFormat } from '../../core/formats/serialize-features.ts';
import type { ExportFormatId } from '../../core/formats/types.ts';
import { checkFeature, type DocumentContext } from '../../core/validate/feature-check.ts';
import { Reporter } from '../../core/validate/reporter.ts';
import { UnknownProperties } from '../../core/validate/unknown-properties.ts';
import { FeatureSplitter } from '../io/feature-splitter.ts';
import { InputError } from '../io/input-error.ts';
import { Output } from '../io/output.ts';
import { fileChunks, scanCollection } from '../io/scan-collection.ts';

/**
 * GeoJSON files from this size on are converted feature by feature (as `analyze` reads them);
 * `GIAPRANH_STREAM_FROM_BYTES` sets it, for tests and benchmarks that compare the two ways.
 */
const STREAM_FROM_BYTES = 8 * 1024 * 1024;

/** What to convert, as `giapranh convert` was asked. */
export interface StreamedConversion {
  input: string;
  /** A file, or `-` for standard output. */
  output: string;
  outputFormat: ExportFormatId;
  from?: CrsCode;
  to: CrsCode;
}

/** A conversion that can go feature by feature, checked in full before anything is written. */
export interface ConversionPlan {
  /** Where the coordinates' system came from; `guess` is said to the planner. */
  crs: CrsCode;
  crsSource: 'option' | 'file' | 'guess' | 'default';
  /** Writes the output; rejects with an `OutputError` when it cannot. */
  write(): Promise<void>;
}

/**
 * Plans a large GeoJSON FeatureCollection's conversion to GeoJSON, KML or CSV one feature at a
 * time, so memory stays near one feature's whatever the file's size. The file is read in
 * chunks up to four times (layout, system guess when needed, validation and CSV columns,
 * writing), and only one feature's text and tree are held at a time. Null for anything else,
 * and for any file the whole-file path would refuse or stop on (not a collection, not UTF-8,
 * an invalid feature, no system): that path then says what is wrong, with its own words.
 */
export async function planStreamedConversion(
  request: StreamedConversion,
): Promise<ConversionPlan | null> {
  if (request.outputFormat === 'shapefile' || !streamable(request)) return null;
  try {
    const scan = await scanCollection(request.input);
    if (!scan) return null;
    const [crs, crsSource] = await settleCrs(request, scan.skeleton);
    if (!crs) return null;
    const checked = await checkFeatures(request.input, crs);
    if (!checked) return null;
    const format = request.outputFormat as StreamableFormat;
    return {
      crs,
      crsSource,
      write: () => writeFeatures(request, crs, format, checked.columns.layout(request.to)),
    };
  } catch {
    return null; // a read error or a value the checks did not expect: the whole path words it
  }
}

function streamable({ input, output }: StreamedConversion): boolean {
  if (input === '-' || !/\.(geo)?json$/i.test(input)) return false;
  const threshold = Number(process.env.GIAPRANH_STREAM_FROM_BYTES ?? STREAM_FROM_BYTES);
  try {
    const info = statSync(input);
    if (!info.isFile() || info.size < threshold) return false;
    // Writing over the file being read: only the whole path, which reads it first, can.
    const target = output === '-' ? undefined : statSync(output, { throwIfNoEntry: false });
    return !(target && target.ino === info.ino && target.dev === info.dev);
  } catch {
    return false;
  }
}

async function settleCrs(
  request: StreamedConversion,
  skeleton: Record<string, unknown>,
): Promise<[CrsCode | undefined, ConversionPlan['crsSource']]> {
  if (request.from) return [request.from, 'option'];
  const named = crsFromMember(skeleton);
  if (named) return [named, 'file'];
  const guess = new CrsGuess();
  for await (const element of elements(request.input)) {
    guess.add({ type: 'FeatureCollection', features: [element as Feature] });
  }
  return [guess.crs, guess.crs === 'EPSG:4326' ? 'default' : 'guess'];
}

/**
 * Every feature in WGS84 through the validator's per-feature checks, as the whole-file path
 * validates the collection (ids repeated across features included), and the CSV columns.
 * Null at the first error. Findings are counted, not kept: the whole path reports them.
 */
async function checkFeatures(input: string, crs: CrsCode): Promise<{ columns: CsvColumns } | null> {
  const reporter = new Reporter(input, 0);
  const context: DocumentContext = {
    reporter,
    layer: null,
    ids: new Map(),
    idSpellings: new Map(),
    unknownProperties: new UnknownProperties(),
    region: 'none',
  };
  const columns = new CsvColumns();
  let index = 0;
  for await (const element of elements(input)) {
    const feature = reprojectFeatureToWgs84(element, crs);
    checkFeature(feature, index, `features[${index}]`, context);
    if (reporter.errorCount > 0) return null;
    columns.add(feature as Feature);
    index++;
  }
  return { columns };
}

async function writeFeatures(
  request: StreamedConversion,
  crs: CrsCode,
  format: StreamableFormat,
  layout: CsvLayout,
): Promise<void> {
  const name = baseName(request.output === '-' ? request.input : request.output);
  const writer = featureWriter(format, { targetCrs: request.to, name }, layout);
  // Opened here, so a file that cannot be created fails as the whole path's write does.
  const file =
    request.output === '-' ? null : createWriteStream('', { fd: openSync(request.output, 'w') });
  const output = new Output(file ?? process.stdout);
  try {
    await output.write(writer.head);
    for await (const element of elements(request.input)) {
      await output.write(writer.feature(reprojectFeatureToWgs84(element, crs) as Feature));
    }
    await output.write(writer.tail);
    await output.end();
  } finally {
    if (file) await new Promise((resolve) => file.end(resolve));
  }
}

/**
 * The elements of the file's `features`, parsed one at a time. Each parsed when the file was
 * scanned: one that no longer does means the file changed under us (an `InputError`).
 */
async function* elements(path: string): AsyncGenerator<unknown> {
  const splitter = new FeatureSplitter();
  for await (const chunk of fileChunks(path)) {
    for (const text of splitter.push(chunk)) {
      let element: unknown;
      try {
        element = JSON.parse(text);
      } catch {
        throw new InputError(`${path}: the file changed while it was being read`, 'io');
      }
      yield element;
    }
  }
}

/** The layer name a file gives (its name without folder or extension). */
export function baseName(path: string): string {
  return (
    path
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]*$/, '') || 'layer'
  );
}
