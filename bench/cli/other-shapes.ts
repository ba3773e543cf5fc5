import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { BY_FEATURE_ENV } from '../../src/cli/commands/validate.ts';
import { DEFAULT_GENERATE, generateCollection } from '../validate/generate-collection.ts';
import { runMeasured } from './run-measured.ts';

/** ~1,160 bytes a feature, as in the main bench. */
const BYTES_PER_FEATURE = (300 * 1e6) / 260_000;
const MEMORY_TARGET = 3;

/**
 * Big files that are not UTF-8 FeatureCollections: the same polygons as UTF-16, as GeoJSONSeq
 * (newline and RS), and as one Feature. `validate` (its default, feature by feature from 64 MB,
 * and forced whole) and `analyze measure` over each: peak RSS as a multiple of the file's size.
 */
export async function measureOtherShapes(dir: string, root: string, megabytes: number) {
  const featureCount = Math.round((megabytes * 1e6) / BYTES_PER_FEATURE);
  const base = `${dir}/shapes-${featureCount}`;
  const collection = `${base}.geojson`;
  if (!existsSync(collection)) {
    await generateCollection(collection, { ...DEFAULT_GENERATE, featureCount, seed: 6 });
  }
  const files = {
    'UTF-16LE collection': await derived(`${base}-utf16.geojson`, collection, toUtf16),
    'GeoJSONSeq (newline)': await derived(`${base}.geojsonl`, collection, (lines) =>
      toSequence(lines, ''),
    ),
    'GeoJSONSeq (RS)': await derived(`${base}.geojsons`, collection, (lines) =>
      toSequence(lines, '\u001e'),
    ),
    'one Feature (MultiLineString)': await derived(
      `${base}-feature.geojson`,
      collection,
      toOneFeature,
    ),
  };
  console.log(`\nOther shapes of ${featureCount.toLocaleString('en')} polygons, one run each:`);
  const whole = { ...process.env, [BY_FEATURE_ENV]: '999999999999999' };
  for (const [name, file] of Object.entries(files)) {
    const bytes = statSync(file).size;
    console.log(`  ${name}, ${(bytes / 1e6).toFixed(0)} MB:`);
    const runs = [
      ['validate', ['validate', file, '--format', 'json'], process.env],
      ['validate, whole', ['validate', file, '--format', 'json'], whole],
      ['analyze measure', ['analyze', 'measure', file], process.env],
    ] as const;
    for (const [label, args, env] of runs) {
      const run = runMeasured(['bin/giapranh.js', ...args], root, env);
      const ratio = run.peakRssBytes / bytes;
      const verdict = ratio <= MEMORY_TARGET ? 'within' : 'OVER';
      console.log(
        `    ${label.padEnd(16)} ${run.seconds.toFixed(1).padStart(6)} s  ${(run.peakRssBytes / 1e6).toFixed(0).padStart(5)} MB  ${ratio.toFixed(2)} × the file (${verdict} ${MEMORY_TARGET} ×), exit ${run.exitCode}`,
      );
    }
  }
}

type Lines = AsyncIterable<string>;

/** Writes `file` from the collection's lines (one feature a line) once; returns its path. */
async function derived(
  file: string,
  collection: string,
  make: (lines: Lines) => AsyncIterable<string | Buffer>,
): Promise<string> {
  if (existsSync(file)) return file;
  const lines = createInterface({ input: createReadStream(collection), crlfDelay: Infinity });
  const out = createWriteStream(file);
  for await (const piece of make(lines)) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

async function* toUtf16(lines: Lines) {
  yield Buffer.from('\ufeff', 'utf16le');
  for await (const line of lines) yield Buffer.from(`${line}\n`, 'utf16le');
}

/** The features alone, one a line, each after `separator`. */
async function* toSequence(lines: Lines, separator: string) {
  for await (const line of lines) {
    if (!line.startsWith('{"type":"Feature"')) continue;
    yield `${separator}${line.replace(/,$/, '')}\n`;
  }
}

/**
 * One Feature whose MultiLineString has every polygon's rings as lines: what reading one big
 * Feature whole costs (a MultiPolygon of as many parts costs far more in its validity checks).
 */
async function* toOneFeature(lines: Lines) {
  yield '{"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[\n';
  let first = true;
  for await (const line of lines) {
    if (!line.startsWith('{"type":"Feature"')) continue;
    const { coordinates } = JSON.parse(line.replace(/,$/, '')).geometry;
    for (const ring of coordinates) {
      yield `${first ? '' : ',\n'}${JSON.stringify(ring)}`;
      first = false;
    }
  }
  yield ']}}\n';
}
