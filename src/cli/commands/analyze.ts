import { readFile } from 'node:fs/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Feature } from 'geojson';
import {
  type AnalysisInput,
  AnalysisInputError,
  bufferFeature,
  type FeatureRequirement,
  keptFeatures,
  measureFeature,
  type NearestRow,
  nearestBetween,
  type OverlapRow,
  overlapBetween,
  readAnalysisInput,
  serializeBuffers,
  serializeMeasures,
  serializeNearest,
  serializeOverlaps,
  skippedReport,
} from '../../core/analysis/index.ts';
import type { CrsCode } from '../../core/crs/vn2000.ts';
import { EXIT } from '../exit-codes.ts';
import { InputError, readErrorMessage } from '../io/input-error.ts';
import { exitForOutputError, Output, OutputError } from '../io/output.ts';
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
  try {
    const { output, inputs } = await analyze(args);
    await writeStdout(output);
    return reportSkipped(inputs);
  } catch (error) {
    if (error instanceof OutputError) return exitForOutputError(error, 'giapranh analyze');
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`giapranh analyze: ${error.message}\n`);
    return error.kind === 'io' ? EXIT.usage : EXIT.invalid;
  }
}

/** The analysis's output, and the checked inputs (with the features left out) by file name. */
interface Analysis {
  output: string;
  inputs: Array<[string, AnalysisInput]>;
}

async function analyze(args: Arguments): Promise<Analysis> {
  const { first, second } = args.files;
  if (args.subcommand === 'measure') {
    const input = await loadFeatures(first, 'any', args.crs.first);
    const rows = keptFeatures(input).map((kept) => ({ ...kept, ...measureFeature(kept.feature) }));
    return { output: serializeMeasures(rows, args.format), inputs: [[first, input]] };
  }
  if (args.subcommand === 'buffer') {
    const input = await loadFeatures(first, 'any', args.crs.first);
    const buffers = keptFeatures(input).map(({ feature }) =>
      bufferFeature(feature, args.distanceMeters),
    );
    return { output: serializeBuffers(buffers), inputs: [[first, input]] };
  }
  const requirement = requirementOf(args.subcommand);
  const threads = args.threads ?? DEFAULT_THREADS;
  const helper = threads > 1 ? startHelper(args) : null;
  try {
    const [a, b] = await Promise.all([
      loadFeatures(first, requirement, args.crs.first),
      loadFeatures(second as string, requirement, args.crs.second),
    ]);
    const inputs: Analysis['inputs'] = [
      [first, a],
      [second as string, b],
    ];
    const split = helper ? Math.ceil(a.features.length / 2) : a.features.length;
    const theirs = helper ? helper.result(split, a.features.length) : Promise.resolve([]);
    const mine = await runRange(args.subcommand, a.features, b.features, [0, split]);
    const rows = [...mine, ...(await theirs)];
    if (args.subcommand === 'nearest') {
      // A left-out "from" feature stands in without geometry: it gets no row, not an empty one.
      const kept = (rows as NearestRow[]).filter((row) => !a.skippedIndices.has(row.fromIndex));
      return { output: serializeNearest(kept, args.format), inputs };
    }
    return { output: serializeOverlaps(rows as OverlapRow[], args.format), inputs };
  } finally {
    await helper?.stop();
  }
}

/**
 * Names every feature left out on stderr. Exit 1 when one was invalid (its numbers would have
 * been wrong: the rows printed are for the others); 0 when they were only not applicable.
 */
function reportSkipped(inputs: Analysis['inputs']): number {
  for (const [path, input] of inputs) {
    const report = skippedReport(path, input.skipped);
    if (report) process.stderr.write(`giapranh analyze: ${report}`);
  }
  const invalid = inputs.some(([, input]) => input.skipped.some((s) => s.reason === 'invalid'));
  return invalid ? EXIT.invalid : EXIT.ok;
}

function requirementOf(subcommand: Subcommand): FeatureRequirement {
  return subcommand === 'overlap' ? 'polygons' : 'any';
}

/** Reads and checks one input file; errors name the file. */
async function loadFeatures(
  path: string,
  requirement: FeatureRequirement,
  sourceCrs: CrsCode | undefined,
): Promise<AnalysisInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(readErrorMessage(path, error), 'io');
  }
  try {
    return readAnalysisInput(text, {
      requirement,
      fileName: path,
      ...(sourceCrs && { sourceCrs }),
    });
  } catch (error) {
    if (!(error instanceof AnalysisInputError)) throw error;
    throw new InputError(`${path}: ${error.message}`, 'invalid');
  }
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
  const requirement = requirementOf(args.subcommand);
  const loading = Promise.all([
    readFeatures(args.files.first, requirement, args.crs.first),
    readFeatures(args.files.second as string, requirement, args.crs.second),
  ]);
  port.once('message', async ({ start, end }: { start: number; end: number }) => {
    const [a, b] = await loading;
    const rows = await runRange(args.subcommand, a, b, [start, end]);
    const slim = args.format === 'geojson' ? rows : rows.map(withoutGeometry);
    port.postMessage(slim);
  });
}

/**
 * The helper reads the files through the same core function as the main thread, so both hold
 * the same features, converted and left out alike (it runs in parallel, so it costs no time).
 */
async function readFeatures(
  path: string,
  requirement: FeatureRequirement,
  sourceCrs: CrsCode | undefined,
): Promise<Feature[]> {
  const text = await readFile(path, 'utf8');
  return readAnalysisInput(text, { requirement, ...(sourceCrs && { sourceCrs }) }).features;
}

function withoutGeometry(row: PairRow): PairRow {
  if (!('geometry' in row)) return row;
  const { geometry: _dropped, ...rest } = row;
  return rest as OverlapRow;
}

if (!isMainThread && (workerData as { analyzeHelper?: boolean } | null)?.analyzeHelper) {
  void serveAsHelper();
}

/**
 * Writes the rows in slices through the back-pressured writer: a reader that stops early
 * (`| head`) ends the run quietly, a full disk is an I/O error.
 */
async function writeStdout(text: string): Promise<void> {
  const output = new Output();
  const SLICE_CHARS = 64 * 1024;
  for (let start = 0; start < text.length; start += SLICE_CHARS) {
    await output.write(text.slice(start, start + SLICE_CHARS));
  }
  await output.end();
}
