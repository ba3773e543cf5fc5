import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Feature } from 'geojson';
import {
  AnalysisInputError,
  bufferFeature,
  type FeatureRequirement,
  measureFeature,
  type NearestRow,
  nearestBetween,
  type OverlapRow,
  overlapBetween,
  parseFeatureInput,
  serializeBuffers,
  serializeMeasures,
  serializeNearest,
  serializeOverlaps,
} from '../../core/analysis/index.ts';
import { EXIT } from '../exit-codes.ts';
import {
  ANALYZE_HELP,
  type Arguments,
  parseArguments,
  type Subcommand,
  UsageError,
} from './analyze-args.ts';

/** A file that cannot be read (exit 2) or holds invalid input (exit 1), with its name. */
class InputError extends Error {
  constructor(
    message: string,
    readonly kind: 'io' | 'invalid',
  ) {
    super(message);
  }
}

/** Inputs at or above this size are split between two threads (thread start-up costs ~0.3 s). */
const PARALLEL_MIN_BYTES = 1_500_000;

/** `giapranh analyze`: returns the exit code. */
export async function runAnalyze(argv: string[]): Promise<number> {
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
    const output = await analyze(args);
    await writeStdout(output);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`giapranh analyze: ${error.message}\n`);
    return error.kind === 'io' ? EXIT.usage : EXIT.invalid;
  }
}

async function analyze(args: Arguments): Promise<string> {
  const { first, second } = args.files;
  if (args.subcommand === 'measure') {
    const features = await loadFeatures(first, 'any');
    const rows = features.map((feature, index) => ({ feature, index, ...measureFeature(feature) }));
    return serializeMeasures(rows, args.format);
  }
  if (args.subcommand === 'buffer') {
    const features = await loadFeatures(first, 'any');
    return serializeBuffers(features.map((feature) => bufferFeature(feature, args.distanceMeters)));
  }
  const requirement = requirementOf(args.subcommand);
  const threads = args.threads ?? (await defaultThreads(first));
  const helper = threads > 1 ? startHelper(args) : null;
  try {
    const [a, b] = await Promise.all([
      loadFeatures(first, requirement),
      loadFeatures(second as string, requirement),
    ]);
    const split = helper ? Math.ceil(a.length / 2) : a.length;
    const theirs = helper ? helper.result(split, a.length) : Promise.resolve([]);
    const mine = await runRange(args.subcommand, a, b, [0, split]);
    const rows = [...mine, ...(await theirs)];
    if (args.subcommand === 'nearest') return serializeNearest(rows as NearestRow[], args.format);
    return serializeOverlaps(rows as OverlapRow[], args.format);
  } finally {
    await helper?.stop();
  }
}

function requirementOf(subcommand: Subcommand): FeatureRequirement {
  return subcommand === 'overlap' ? 'polygons' : 'any';
}

/** Reads and checks one input file; errors name the file. */
async function loadFeatures(path: string, requirement: FeatureRequirement): Promise<Feature[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read ${path}: ${reason}`, 'io');
  }
  try {
    return parseFeatureInput(text, requirement);
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

async function defaultThreads(path: string): Promise<number> {
  const cores = availableParallelism();
  if (cores < 2) return 1;
  try {
    return (await stat(path)).size >= PARALLEL_MIN_BYTES ? 2 : 1;
  } catch {
    return 1;
  }
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

/** The helper skips checking: the main thread checks the same files and stops it on errors. */
async function readJsonFeatures(path: string): Promise<Feature[]> {
  const document = JSON.parse(await readFile(path, 'utf8'));
  return document.type === 'Feature' ? [document] : document.features;
}

function withoutGeometry(row: PairRow): PairRow {
  if (!('geometry' in row)) return row;
  const { geometry: _dropped, ...rest } = row;
  return rest as OverlapRow;
}

if (!isMainThread && (workerData as { analyzeHelper?: boolean } | null)?.analyzeHelper) {
  void serveAsHelper();
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
