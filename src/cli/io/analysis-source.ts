import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import {
  AnalysisInputError,
  type FeatureRequirement,
  readAnalysisInput,
  type SkippedFeature,
} from '../../core/analysis/index.ts';
import {
  checkCollectionSkeleton,
  StreamedFeatureCheck,
} from '../../core/analysis/streamed-features.ts';
import { reprojectFeatureToWgs84, reprojectToWgs84 } from '../../core/crs/reproject.ts';
import { type CrsCode, crsFromMember } from '../../core/crs/vn2000.ts';
import {
  decodeGeoJsonBytes,
  firstBytesFinding,
  MAX_TEXT_BYTES,
} from '../../core/validate/decode-bytes.ts';
import { DECODE_MESSAGES } from '../../core/validate/decode-messages.ts';
import type { Finding } from '../../core/validate/types.ts';
import { FeatureSplitter } from './feature-splitter.ts';
import { InputError, readErrorMessage } from './input-error.ts';
import { fileChunks, scanCollection } from './scan-collection.ts';

/**
 * Files from this size on are read feature by feature; smaller ones whole (one read, and their
 * memory is no concern). `GIAPRANH_STREAM_FROM_BYTES` sets it, for tests and benchmarks that
 * compare the two ways on the same files.
 */
const STREAM_FROM_BYTES = Number(process.env.GIAPRANH_STREAM_FROM_BYTES ?? 8 * 1024 * 1024);

/** How a file is to be read for an analysis. */
export interface SourceOptions {
  requirement: FeatureRequirement;
  /** The system of its coordinates; by default its `crs` member's, else WGS84. */
  crs?: CrsCode;
  /** Files from this size on are read feature by feature (default {@link STREAM_FROM_BYTES}). */
  streamFromBytes?: number;
}

/**
 * One input of an analysis, already refused if it cannot be analysed at all. Its features come
 * in file order, each in WGS84, a left-out one as a stand-in without geometry (so the others
 * keep their index); `skipped` says why, complete once `features()` has been read to the end.
 */
export interface AnalysisSource {
  path: string;
  /** `streamed`: one feature at a time from the file's bytes; `whole`: read as one text. */
  readAs: 'streamed' | 'whole';
  features(): AsyncGenerator<Feature>;
  readonly skipped: SkippedFeature[];
  readonly skippedIndices: ReadonlySet<number>;
}

/**
 * Opens an input as `giapranh validate` and the app read it (bytes decoded by the validator's
 * rules, a BOM ignored, a FeatureCollection, a Feature or a bare geometry, VN-2000 converted),
 * with every feature checked by the validator. A large FeatureCollection file is read twice in
 * chunks (once to refuse it before any output, once to analyse it), one feature at a time;
 * anything else, and standard input (`-`), is read whole. Both ways give the same features,
 * the same left out and the same messages. Throws an `InputError` (naming the file) when the
 * input as a whole cannot be analysed.
 */
export async function openAnalysisSource(
  path: string,
  options: SourceOptions,
): Promise<AnalysisSource> {
  if (path === '-') return wholeSource(path, await readStandardInput(), options);
  const size = regularFileSize(path);
  if (size !== null && size > MAX_TEXT_BYTES)
    return (await streamedSource(path, options)) ?? refuseTooLarge(path, size);
  if (size !== null && size >= (options.streamFromBytes ?? STREAM_FROM_BYTES)) {
    const streamed = await streamedSource(path, options);
    if (streamed) return streamed;
  }
  return wholeSource(path, readWholeFile(path), options);
}

/** The size of a regular file; null for anything else that can be read (a FIFO, a device). */
function regularFileSize(path: string): number | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return info.isFile() ? info.size : null;
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  } finally {
    closeSync(fd);
  }
}

async function streamedSource(
  path: string,
  options: SourceOptions,
): Promise<AnalysisSource | null> {
  const scan = await scanCollection(path);
  if (!scan) return null;
  const crs = options.crs ?? crsFromMember(scan.skeleton) ?? 'EPSG:4326';
  const skeleton = reprojectToWgs84(scan.skeleton, crs) as Record<string, unknown>;
  refuseIfInvalid(path, () =>
    checkCollectionSkeleton(skeleton, scan.dimensions, { fileName: path }),
  );
  const skipped: SkippedFeature[] = [];
  const skippedIndices = new Set<number>();
  const check = new StreamedFeatureCheck({ requirement: options.requirement, fileName: path });
  async function* features(): AsyncGenerator<Feature> {
    const splitter = new FeatureSplitter();
    let index = 0;
    for await (const chunk of fileChunks(path)) {
      for (const text of splitter.push(chunk)) {
        const element = reprojectFeatureToWgs84(parseAgain(path, text), crs);
        const checked = check.check(element, index);
        if (checked.skipped) {
          skipped.push(checked.skipped);
          skippedIndices.add(index);
        }
        index++;
        yield checked.feature;
      }
    }
  }
  return { path, readAs: 'streamed', features, skipped, skippedIndices };
}

/** A feature's text, read a second time: it parsed the first time unless the file changed. */
function parseAgain(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${path}: the file changed while it was being read`, 'io');
  }
}

function wholeSource(path: string, bytes: Uint8Array, options: SourceOptions): AnalysisSource {
  // Refused from its bytes (UTF-16, legacy encodings, gzip, GeoJSONSeq…) before any decoding.
  const problem = firstBytesFinding(bytes, { fileName: path });
  if (problem) throw new InputError(`${path}: ${placed(problem)}`, 'invalid');
  const text = decodeGeoJsonBytes(bytes, { fileName: path }).text!;
  const input = refuseIfInvalid(path, () =>
    readAnalysisInput(text, {
      requirement: options.requirement,
      fileName: path,
      ...(options.crs && { sourceCrs: options.crs }),
    }),
  );
  async function* features(): AsyncGenerator<Feature> {
    yield* input.features;
  }
  return {
    path,
    readAs: 'whole',
    features,
    skipped: input.skipped,
    skippedIndices: input.skippedIndices,
  };
}

/** A finding about the bytes, with its line and column when it has them. */
function placed(finding: Finding): string {
  if (finding.line === undefined) return finding.message;
  return `at line ${finding.line}, column ${finding.column}: ${finding.message}`;
}

function refuseIfInvalid<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AnalysisInputError)) throw error;
    throw new InputError(`${path}: ${error.message}`, 'invalid');
  }
}

function refuseTooLarge(path: string, size: number): never {
  throw new InputError(
    `${path}: ${DECODE_MESSAGES.tooLarge('en', size, MAX_TEXT_BYTES)}`,
    'invalid',
  );
}

function readWholeFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  }
}

/** Standard input to its end; past the longest string it is refused, as the validator does. */
async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_TEXT_BYTES) {
        process.stdin.destroy();
        refuseTooLarge('-', size);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(readErrorMessage('-', error), 'io');
  }
  return Buffer.concat(chunks, size);
}
