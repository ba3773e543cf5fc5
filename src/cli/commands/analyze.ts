import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Feature } from 'geojson';
import {
  bufferFeature,
  ClipFailure,
  type FeatureRequirement,
  type MeasuredFeature,
  measureFeature,
  type NearestRow,
  nearestBetween,
  type OverlapRow,
  overlapBetween,
  serializeBuffers,
  serializeMeasures,
  serializeNearest,
  serializeOverlaps,
  skippedSummary,
} from '../../core/analysis/index.ts';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import { EXIT } from '../exit-codes.ts';
import { type AnalysisSource, openAnalysisSource } from '../io/analysis-source.ts';
import { announcingSkipped } from '../io/announce-skipped.ts';
import { InputError } from '../io/input-error.ts';
import { exitForOutputError, Output, OutputError } from '../io/output.ts';
import { RowStream } from '../io/row-stream.ts';
import {
  ANALYZE_HELP,
  type Arguments,
  parseArguments,
  type Subcommand,
  UsageError,
} from './analyze-args.ts';

/**
 * One thread unless `--threads 2`: measured on 2 shared cores (19.7 MB × 500 zones), a second
 * thread made overlap 1.6× and nearest 1.9× slower and doubled peak memory (it reads both files
 * again).
 */
const DEFAULT_THREADS = 1;

/** `giapranh analyze`: returns the exit code. */
export async function runAnalyze(argv: string[]): Promise<number> {
  if (argv.length === 0) {
    process.stderr.write(`giapranh analyze: say which analysis to run\n\n${ANALYZE_HELP}`);
    return EXIT.usage;
  }
  let args: Arguments | 'help';
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`giapranh analyze: ${error.message}\n\n${ANALYZE_HELP}`);
    return EXIT.usage;
  }
  if (args === 'help') {
    process.stdout.write(ANALYZE_HELP);
    return EXIT.ok;
  }
  const sources: AnalysisSource[] = [];
  try {
    await analyze(args, new Output(), sources);
    return reportSkipped(sources);
  } catch (error) {
    if (error instanceof OutputError) return exitForOutputError(error, 'giapranh analyze');
    if (error instanceof ClipFailure) return internalError(args, error);
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`giapranh analyze: ${error.message}\n`);
    return error.kind === 'io' ? EXIT.usage : EXIT.invalid;
  }
}

/**
 * Runs the analysis, writing rows as they are made. Each input is refused as a whole (before
 * any output) or opened; its features then come one at a time (see `openAnalysisSource`), and
 * the opened inputs are added to `sources` for the report of the features left out.
 */
async function analyze(args: Arguments, output: Output, sources: AnalysisSource[]): Promise<void> {
  const { first, second } = args.files;
  const requirement = requirementOf(args.subcommand);
  const a = announcingSkipped(
    await openAnalysisSource(first, { requirement, ...crsOption(args.crs.first) }),
  );
  sources.push(a);
  if (args.subcommand === 'measure') return measure(a, args, output);
  if (args.subcommand === 'buffer') return buffer(a, args, output);
  const b = announcingSkipped(
    await openAnalysisSource(second as string, { requirement, ...crsOption(args.crs.second) }),
  );
  sources.push(b);
  // Standard input can be read once: the helper could not read it again.
  const oneThread = (args.threads ?? DEFAULT_THREADS) === 1 || first === '-' || second === '-';
  if (oneThread) return streamPairs(args, a, b, output);
  return pairsOnTwoThreads(args, a, b, output);
}

async function measure(source: AnalysisSource, args: Arguments, output: Output): Promise<void> {
  const rows = new RowStream(output, args.format, (batch: readonly MeasuredFeature[]) =>
    serializeMeasures(batch, args.format),
  );
  let index = 0;
  for await (const feature of source.features()) {
    if (!source.skippedIndices.has(index)) {
      await rows.push({ feature, index, ...measureFeature(feature) });
    }
    index++;
  }
  await rows.end();
}

async function buffer(source: AnalysisSource, args: Arguments, output: Output): Promise<void> {
  const rows = new RowStream(output, 'geojson', serializeBuffers);
  let index = 0;
  for await (const feature of source.features()) {
    if (!source.skippedIndices.has(index)) {
      await rows.push(bufferOne(feature, index, args.distanceMeters));
    }
    index++;
  }
  await rows.end();
}

/** A feature's buffer; a clipper failure names the feature (by index, and id if it has one). */
function bufferOne(feature: Feature, index: number, distanceMeters: number) {
  try {
    return bufferFeature(feature, distanceMeters);
  } catch (error) {
    if (!(error instanceof ClipFailure)) throw error;
    const id = feature.id === undefined ? '' : ` (id ${JSON.stringify(feature.id)})`;
    throw new ClipFailure(`feature ${index}${id}: ${error.message}`);
  }
}

/**
 * Nearest or overlap on one thread with A streamed: B is held whole, A is read in batches of at
 * least B's size, and each batch's rows are written before the next is read. Memory is B plus
 * one batch, however large A is; rebuilding B's index per batch costs at most about as much as
 * the batch's own work.
 */
async function streamPairs(
  args: Arguments,
  a: AnalysisSource,
  b: AnalysisSource,
  output: Output,
): Promise<void> {
  const bFeatures = await allFeatures(b);
  const rows = pairRows(args, a, output);
  const batchSize = Math.max(PAIR_BATCH_MIN, bFeatures.length);
  // A sparse array keeps each feature at its index in the file, which names id-less features.
  let batch: Feature[] = [];
  let start = 0;
  let end = 0;
  const flush = async () => {
    const range: [number, number] = [start, end];
    for (const row of await runRange(args.subcommand, batch, bFeatures, range)) {
      await rows.push(row);
    }
    batch = [];
    start = end;
  };
  for await (const feature of a.features()) {
    batch[end++] = feature;
    if (end - start >= batchSize) await flush();
  }
  if (end > start) await flush();
  await rows.end();
}

/** Features of A per batch in `streamPairs`, at the least. */
const PAIR_BATCH_MIN = 2000;

/** Both inputs whole; a helper thread takes the second half of A. */
async function pairsOnTwoThreads(
  args: Arguments,
  a: AnalysisSource,
  b: AnalysisSource,
  output: Output,
): Promise<void> {
  const helper = startHelper(args);
  let pairs: PairRow[];
  try {
    const aFeatures = await allFeatures(a);
    const bFeatures = await allFeatures(b);
    const split = Math.ceil(aFeatures.length / 2);
    const theirs = helper.result(split, aFeatures.length);
    const mine = await runRange(args.subcommand, aFeatures, bFeatures, [0, split]);
    pairs = mine.concat(await theirs);
  } finally {
    await helper.stop();
  }
  const rows = pairRows(args, a, output);
  for (const row of pairs) await rows.push(row);
  await rows.end();
}

/**
 * The rows of nearest or overlap. A left-out "from" feature stands in without geometry: it
 * gets no row, not an empty one.
 */
function pairRows(args: Arguments, a: AnalysisSource, output: Output): PairRowStream {
  if (args.subcommand === 'nearest') {
    const rows = new RowStream(output, args.format, (batch: readonly NearestRow[]) =>
      serializeNearest(batch, args.format),
    );
    return {
      push: (row) =>
        a.skippedIndices.has((row as NearestRow).fromIndex)
          ? undefined
          : rows.push(row as NearestRow),
      end: () => rows.end(),
    };
  }
  return new RowStream(output, args.format, (batch: readonly PairRow[]) =>
    serializeOverlaps(batch as readonly OverlapRow[], args.format),
  );
}

interface PairRowStream {
  push(row: PairRow): Promise<void> | undefined;
  end(): Promise<void>;
}

async function allFeatures(source: AnalysisSource): Promise<Feature[]> {
  const features: Feature[] = [];
  for await (const feature of source.features()) features.push(feature);
  return features;
}

/**
 * Names every feature left out on stderr. Exit 1 when one was invalid (its numbers would have
 * been wrong: the rows printed are for the others); 0 when they were only not applicable.
 */
function reportSkipped(sources: readonly AnalysisSource[]): number {
  for (const source of sources) {
    const report = skippedSummary(source.path, source.skipped);
    if (report) process.stderr.write(`giapranh analyze: ${report}`);
  }
  const invalid = sources.some((source) => source.skipped.some((s) => s.reason === 'invalid'));
  return invalid ? EXIT.invalid : EXIT.ok;
}

/**
 * No clipper could intersect a pair: a bug of ours (or of the clippers), not a verdict on the
 * files, so exit 3 with both features named for the report.
 */
function internalError(args: Arguments, error: ClipFailure): number {
  const { first, second } = args.files;
  const files = second === undefined ? first : `${first} (A) and ${second} (B)`;
  process.stderr.write(
    `giapranh analyze: internal error (a bug of ours, please report it with the files): ${args.subcommand} of ${files}: ${error.message}\n`,
  );
  return EXIT.internal;
}

function requirementOf(subcommand: Subcommand): FeatureRequirement {
  return subcommand === 'overlap' ? 'polygons' : 'any';
}

function crsOption(crs: CrsCode | undefined): { crs?: CrsCode } {
  return crs ? { crs } : {};
}

type PairRow = NearestRow | OverlapRow;

function runRange(
  subcommand: Subcommand,
  a: Feature[],
  b: Feature[],
  range: [number, number],
): Promise<PairRow[]> {
  if (subcommand === 'nearest') return nearestBetween(a, b, { fromRange: range });
  return overlapBetween(a, b, { aRange: range });
}

interface Helper {
  result(start: number, end: number): Promise<PairRow[]>;
  stop(): Promise<void>;
}

/**
 * Starts a worker thread at once, so its start-up (loading tsx and the core) overlaps with
 * this thread reading and checking the input. It reads the files itself (parsing in parallel
 * is cheaper than copying features across), waits for its range, and sends its rows back.
 */
function startHelper(args: Arguments): Helper {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const code = `(async () => {
    const { register } = await import(${JSON.stringify(tsxApi)});
    register();
    await import(${JSON.stringify(self)});
  })().catch((error) => { console.error(error); process.exit(70); });`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { analyzeHelper: true, args },
  });
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`analysis worker stopped (exit ${code})`)));
  });
  failed.catch(() => undefined);
  return {
    async result(start, end) {
      const reply = new Promise<PairRow[]>((resolve, reject) => {
        worker.once('message', (rows: PairRow[] | { clipFailure: string }) =>
          'clipFailure' in rows ? reject(new ClipFailure(rows.clipFailure)) : resolve(rows),
        );
      });
      worker.postMessage({ start, end });
      return Promise.race([reply, failed]);
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** The helper thread's side: load, wait for the range, analyse it, reply. */
async function serveAsHelper(): Promise<void> {
  const args = (workerData as { args: Arguments }).args;
  const port = parentPort;
  if (!port) return;
  const loading = Promise.all([
    helperFeatures(args.files.first, args, args.crs.first),
    helperFeatures(args.files.second as string, args, args.crs.second),
  ]);
  port.once('message', async ({ start, end }: { start: number; end: number }) => {
    const [a, b] = await loading;
    try {
      const rows = await runRange(args.subcommand, a, b, [start, end]);
      port.postMessage(args.format === 'geojson' ? rows : rows.map(withoutGeometry));
    } catch (error) {
      if (!(error instanceof ClipFailure)) throw error;
      port.postMessage({ clipFailure: error.message });
    }
  });
}

/**
 * The helper reads the files as the main thread does, so both hold the same features,
 * converted and left out alike (it runs in parallel, so it costs no time).
 */
async function helperFeatures(
  path: string,
  args: Arguments,
  crs: CrsCode | undefined,
): Promise<Feature[]> {
  const requirement = requirementOf(args.subcommand);
  return allFeatures(await openAnalysisSource(path, { requirement, ...crsOption(crs) }));
}

function withoutGeometry(row: PairRow): PairRow {
  if (!('geometry' in row)) return row;
  const { geometry: _dropped, ...rest } = row;
  return rest as OverlapRow;
}

if (!isMainThread && (workerData as { analyzeHelper?: boolean } | null)?.analyzeHelper) {
  void serveAsHelper();
}
