import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Feature } from 'geojson';
import {
  bufferFeature,
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
} from '../../core/analysis/index.ts';
import { EXIT } from '../exit-codes.ts';
import { InputError } from '../io/input-error.ts';
import { exitForOutputError, Output, OutputError } from '../io/output.ts';
import { checkFeatureFile, readFeatureFile } from '../io/read-features.ts';
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
 * thread made overlap 1.6× and nearest 1.9× slower and doubled peak memory (it reads both
 * files again), and one thread streams A in batches while two must hold it whole.
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
  try {
    await analyze(args, new Output());
    return EXIT.ok;
  } catch (error) {
    if (error instanceof OutputError) return exitForOutputError(error, 'giapranh analyze');
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`giapranh analyze: ${error.message}\n`);
    return error.kind === 'io' ? EXIT.usage : EXIT.invalid;
  }
}

/** Runs the analysis, writing rows as they are made (measure, buffer) or as they are sorted. */
async function analyze(args: Arguments, output: Output): Promise<void> {
  const { first, second } = args.files;
  if (args.subcommand === 'measure') {
    await checkFeatureFile(first, 'any');
    const rows = new RowStream(output, args.format, (batch: readonly MeasuredFeature[]) =>
      serializeMeasures(batch, args.format),
    );
    let index = 0;
    for await (const feature of readFeatureFile(first, 'any')) {
      await rows.push({ feature, index: index++, ...measureFeature(feature) });
    }
    return rows.end();
  }
  if (args.subcommand === 'buffer') {
    await checkFeatureFile(first, 'any');
    const rows = new RowStream(output, 'geojson', serializeBuffers);
    for await (const feature of readFeatureFile(first, 'any')) {
      await rows.push(bufferFeature(feature, args.distanceMeters));
    }
    return rows.end();
  }
  if ((args.threads ?? DEFAULT_THREADS) === 1) return streamPairs(args, output);
  const requirement = requirementOf(args.subcommand);
  const helper = startHelper(args);
  let pairs: PairRow[];
  try {
    const [a, b] = await Promise.all([
      loadFeatures(first, requirement),
      loadFeatures(second as string, requirement),
    ]);
    const split = Math.ceil(a.length / 2);
    const theirs = helper.result(split, a.length);
    const mine = await runRange(args.subcommand, a, b, [0, split]);
    pairs = mine.concat(await theirs);
  } finally {
    await helper.stop();
  }
  const rows = pairRows(args, output);
  for (const row of pairs) await rows.push(row);
  await rows.end();
}

/**
 * Nearest or overlap on one thread with A streamed: B is held whole, A is read (after a first
 * pass that checks it) in batches of at least B's size, and each batch's rows are written
 * before the next is read. Memory is B plus one batch, however large A is; rebuilding B's
 * index per batch costs at most about as much as the batch's own work.
 */
async function streamPairs(args: Arguments, output: Output): Promise<void> {
  const requirement = requirementOf(args.subcommand);
  const { first, second } = args.files;
  const b = await loadFeatures(second as string, requirement);
  await checkFeatureFile(first, requirement);
  const rows = pairRows(args, output);
  const batchSize = Math.max(PAIR_BATCH_MIN, b.length);
  // A sparse array keeps each feature at its index in the file, which names id-less features.
  let batch: Feature[] = [];
  let start = 0;
  let end = 0;
  const flush = async () => {
    for (const row of await runRange(args.subcommand, batch, b, [start, end])) await rows.push(row);
    batch = [];
    start = end;
  };
  for await (const feature of readFeatureFile(first, requirement)) {
    batch[end++] = feature;
    if (end - start >= batchSize) await flush();
  }
  if (end > start) await flush();
  await rows.end();
}

/** Features of A per batch in `streamPairs`, at the least. */
const PAIR_BATCH_MIN = 2000;

function pairRows(args: Arguments, output: Output): RowStream<PairRow> {
  if (args.subcommand === 'nearest') {
    return new RowStream(output, args.format, (batch: readonly PairRow[]) =>
      serializeNearest(batch as readonly NearestRow[], args.format),
    );
  }
  return new RowStream(output, args.format, (batch: readonly PairRow[]) =>
    serializeOverlaps(batch as readonly OverlapRow[], args.format),
  );
}

function requirementOf(subcommand: Subcommand): FeatureRequirement {
  return subcommand === 'overlap' ? 'polygons' : 'any';
}

/** Reads and checks one input file, feature by feature; errors name the file. */
async function loadFeatures(path: string, requirement: FeatureRequirement): Promise<Feature[]> {
  const features: Feature[] = [];
  for await (const feature of readFeatureFile(path, requirement)) features.push(feature);
  return features;
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
  const self = import.meta.url;
  // From the bundle (bin/giapranh.js) this file is plain JavaScript; from `cli:dev` it needs tsx.
  const tsx = self.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  const code = `(async () => {
    if (${JSON.stringify(tsx)}) (await import(${JSON.stringify(tsx)})).register();
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
      const reply = new Promise<PairRow[]>((resolve) => {
        worker.once('message', (rows: PairRow[]) => resolve(rows));
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
    readJsonFeatures(args.files.first),
    readJsonFeatures(args.files.second as string),
  ]);
  port.once('message', async ({ start, end }: { start: number; end: number }) => {
    const [a, b] = await loading;
    const rows = await runRange(args.subcommand, a, b, [start, end]);
    const slim = args.format === 'geojson' ? rows : rows.map(withoutGeometry);
    port.postMessage(slim);
  });
}

/** The helper's copy of the features (the main thread checks the same files and stops it). */
function readJsonFeatures(path: string): Promise<Feature[]> {
  return loadFeatures(path, 'any');
}

function withoutGeometry(row: PairRow): PairRow {
  if (!('geometry' in row)) return row;
  const { geometry: _dropped, ...rest } = row;
  return rest as OverlapRow;
}

if (!isMainThread && (workerData as { analyzeHelper?: boolean } | null)?.analyzeHelper) {
  void serveAsHelper();
}
