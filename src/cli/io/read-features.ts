import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Feature } from 'geojson';
import {
  AnalysisInputError,
  type FeatureRequirement,
  parseFeatureInput,
} from '../../core/analysis/index.ts';
import { FeatureSplitter } from './feature-splitter.ts';
import { InputError, readErrorMessage } from './input-error.ts';

/** Reads of this size keep the system calls few and the bytes held small. */
const CHUNK_BYTES = 1024 * 1024;
/** At most this many problems are listed: the first few say enough. */
const MAX_PROBLEMS = 10;

/**
 * The features of a GeoJSON file, one at a time, each checked as `parseFeatureInput` checks a
 * whole document; the file is read in chunks and never held whole. Problems are gathered and
 * thrown together (an `InputError` naming the file) when the file ends, so a caller that needs
 * a refusal before any output should run `checkFeatureFile` first.
 */
export async function* readFeatureFile(
  path: string,
  requirement: FeatureRequirement,
): AsyncGenerator<Feature> {
  const problems: string[] = [];
  const splitter = new FeatureSplitter();
  let index = 0;
  for await (const chunk of openChunks(path)) {
    for (const text of splitter.push(chunk)) {
      const feature = parseOne(text, index, requirement, problems);
      if (problems.length >= MAX_PROBLEMS) break;
      index++;
      if (feature === 'invalid-json') return yield* readWhole(path, requirement);
      if (feature && problems.length === 0) yield feature;
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw new InputError(`${path}: ${problems.join('\n  ')}`, 'invalid');
  if (isCollection(splitter)) return;
  // One Feature, or not a FeatureCollection, or broken: the core reads the whole text, so its
  // verdict and any line and column are the file's own.
  yield* readWhole(path, requirement);
}

/** Reads the whole file once to refuse it (throws an `InputError`) before any output is made. */
export async function checkFeatureFile(path: string, requirement: FeatureRequirement) {
  for await (const _feature of readFeatureFile(path, requirement)) {
    // Only the problems matter here.
  }
}

async function* openChunks(path: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  } finally {
    stream.destroy();
  }
}

function parseOne(
  text: string,
  index: number,
  requirement: FeatureRequirement,
  problems: string[],
): Feature | 'invalid-json' | null {
  let element: unknown;
  try {
    element = JSON.parse(text);
  } catch {
    return 'invalid-json';
  }
  if ((element as { type?: unknown } | null)?.type !== 'Feature') {
    problems.push(`features[${index}]: not a GeoJSON Feature`);
    return null;
  }
  try {
    // The check is the core's, on a one-feature document: its "features[0]" is this index.
    return parseFeatureInput(text, requirement)[0] as Feature;
  } catch (error) {
    if (!(error instanceof AnalysisInputError)) throw error;
    problems.push(error.message.replace(/^features\[0\]/, `features[${index}]`));
    return null;
  }
}

/** Whether the skeleton is a FeatureCollection whose features were all read. */
function isCollection(splitter: FeatureSplitter): boolean {
  if (!splitter.sawFeatures) return false;
  try {
    return JSON.parse(splitter.skeletonText()).type === 'FeatureCollection';
  } catch {
    return false;
  }
}

/**
 * The whole text through the core, for documents the splitter cannot take apart: malformed
 * JSON (so the core can say where), a lone Feature, anything not a FeatureCollection.
 */
async function* readWhole(path: string, requirement: FeatureRequirement): AsyncGenerator<Feature> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  }
  yield* checked(path, () => parseFeatureInput(text, requirement));
}

function* checked(path: string, parse: () => Feature[]): Generator<Feature> {
  let features: Feature[];
  try {
    features = parse();
  } catch (error) {
    if (!(error instanceof AnalysisInputError)) throw error;
    throw new InputError(`${path}: ${error.message}`, 'invalid');
  }
  yield* features;
}
