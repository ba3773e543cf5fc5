import { createReadStream } from 'node:fs';
import { type Dimensions, mergeDimensions } from '../../core/analysis/streamed-features.ts';
import { FeatureSplitter } from './feature-splitter.ts';
import { InputError, readErrorMessage } from './input-error.ts';

/** Reads of this size keep the system calls few and the bytes held small. */
const CHUNK_BYTES = 1024 * 1024;

/** What a first pass over a FeatureCollection file found, its features' texts not kept. */
export interface CollectionScan {
  /** The document with an empty `features` array: its `crs`, `bbox` and other members. */
  skeleton: Record<string, unknown>;
  /** The sizes of all the features' positions (for the collection's `bbox`). */
  dimensions: Dimensions | undefined;
}

/**
 * Reads a file once, chunk by chunk, to see whether it can be analysed feature by feature: UTF-8
 * throughout, a FeatureCollection whose every feature is JSON, and JSON around them. Returns
 * null when it is anything else (broken JSON, another encoding, a lone Feature, a GeoJSONSeq…):
 * the caller then reads the file whole, so every message about it is the whole-file reader's
 * own, with its line and column. Only one feature's text is held at a time.
 */
export async function scanCollection(path: string): Promise<CollectionScan | null> {
  const splitter = new FeatureSplitter();
  let dimensions: Dimensions | undefined;
  let start: FirstByte = 'blank';
  let sizeBbox: boolean | undefined;
  try {
    for await (const chunk of fileChunks(path)) {
      // Not an object (a bare array, text, binary): no need to read on.
      if (start === 'blank') start = firstByte(chunk);
      if (start === 'other') return null;
      for (const text of splitter.push(chunk)) {
        // Walking every position costs more than parsing: only for a `bbox` written before.
        sizeBbox ??= BBOX_MEMBER.test(splitter.skeletonText());
        const element = JSON.parse(text);
        if (sizeBbox) dimensions = mergeDimensions(dimensions, element);
      }
      // Not UTF-8, or not laid out as a collection: the whole-file reader says what it is.
      if (splitter.failed) return null;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    return null; // a feature that is not JSON
  }
  if (!splitter.finish()) return null;
  const skeleton = parsedSkeleton(splitter.skeletonText());
  if (!skeleton) return null;
  if ('bbox' in skeleton && !sizeBbox) dimensions = await positionsDimensions(path);
  return { skeleton, dimensions };
}

/** A `bbox` member may be among the members seen so far (a string's text may only look like one). */
const BBOX_MEMBER = /"bbox"/;

/** The sizes of all the features' positions, for a `bbox` written after the features. */
async function positionsDimensions(path: string): Promise<Dimensions | undefined> {
  const splitter = new FeatureSplitter();
  let dimensions: Dimensions | undefined;
  for await (const chunk of fileChunks(path)) {
    for (const text of splitter.push(chunk)) {
      dimensions = mergeDimensions(dimensions, JSON.parse(text));
    }
  }
  return dimensions;
}

/**
 * A file's bytes in chunks, a leading UTF-8 byte-order mark left out (the whole-file reader
 * ignores it too). Read errors become an `InputError` naming the file.
 */
export async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      yield first && hasByteOrderMark(chunk) ? chunk.subarray(3) : chunk;
      first = false;
    }
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  } finally {
    stream.destroy();
  }
}

function hasByteOrderMark(chunk: Buffer): boolean {
  return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
}

type FirstByte = 'blank' | 'brace' | 'other';

/** Whether the chunk's first non-blank byte is `{`. */
function firstByte(chunk: Buffer): FirstByte {
  for (const byte of chunk) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x7b ? 'brace' : 'other';
  }
  return 'blank';
}

/** The skeleton as an object, when it is a FeatureCollection whose features were all taken out. */
function parsedSkeleton(text: string): Record<string, unknown> | null {
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof skeleton !== 'object' || skeleton === null || Array.isArray(skeleton)) return null;
  const { type, features } = skeleton as Record<string, unknown>;
  // A second "features" member would be in the skeleton: JSON.parse keeps the last one.
  if (type !== 'FeatureCollection' || !Array.isArray(features) || features.length > 0) return null;
  return skeleton as Record<string, unknown>;
}
