import type { Lang } from '../../core/i18n/messages.ts';
import { CrossFileIds } from '../../core/validate/cross-file-ids.ts';
import type { UnreadableFile } from '../../core/validate/report.ts';
import type { Finding, RegionMode, ValidationResult } from '../../core/validate/types.ts';
import { type ByteOptions, validateBytes } from '../../core/validate/validate-bytes.ts';
import { EXIT } from '../exit-codes.ts';
import {
  INTERNAL_ERROR,
  isInternalError,
  jsonPrinter,
  type RunPrinter,
  textPrinter,
} from './validate-output.ts';
import { readRegularFile, readStandardInput } from './validate-read.ts';
import { collectTargets } from './validate-targets.ts';

const DEFAULT_TARGET = 'data/geojson';
/**
 * Not in `--help`: files of at least this many bytes are read feature by feature (default
 * `FEATURE_BY_FEATURE_BYTES`, 64 MB); tests set 0 to take that path on small files, and the
 * bench a huge number to measure the whole-text path against it.
 */
export const BY_FEATURE_ENV = 'GIAPRANH_VALIDATE_BY_FEATURE_BYTES';
/** How standard input is named in findings. */
const STDIN_NAME = '<stdin>';

export const VALIDATE_HELP = `Usage: giapranh validate [FILE|DIR|- ...] [--format text|json] [--region giap-ranh|none]
                         [--lang vi|en]

Checks GeoJSON files: the bytes (UTF-8; legacy Vietnamese encodings, UTF-16, gzip and GDAL's
GeoJSONSeq are named with how to convert them), JSON syntax, GeoJSON structure, every MUST of
RFC 7946 (each finding names its section: longitude/latitude ranges at every position, closed
rings, members that §7.1 forbids; right-hand winding as a warning), OGC geometry validity
(self-intersecting rings, too few positions, empty geometries, holes outside or crossing their
shell, overlapping holes, overlapping MultiPolygon parts), repeated member names, unique feature
ids (1 and "1" are one id; within a file and across the files checked), the layer schema for
bundled layer files (e.g. industrial-zones.geojson), coordinates far outside the region
(swapped longitude/latitude, projected metres such as VN-2000), and HTML markup in properties.
Every finding gives its line and column and quotes the file's numbers as written.

  FILE|DIR        files, or directories searched for *.geojson and *.json; each file is
                  checked once however it is named (default: data/geojson/ here)
  -               read standard input
  --format text   each finding as it is found (a large file's errors while it is read), then
                  the file's summary line; ids shared between files and the run's line last
                  (default)
  --format json   one JSON report for other tools, written as the files are checked: each
                  file's findings as found, its counts after them
  --region giap-ranh
                  coordinates far outside the Hà Nội – Vĩnh Phúc border region are errors
                  (default)
  --region none   any place on Earth is fine (check another province's file)
  --lang vi|en    the language of the findings (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help      this text

Exit status: 0 valid (warnings allowed), 1 a file is invalid, 2 usage or I/O error (a file or
directory could not be read), 3 internal error (a bug in giapranh; the file is named).
`;

type Format = 'text' | 'json';

interface Arguments {
  targets: string[];
  format: Format;
  region: RegionMode;
  lang: Lang;
  bytes: ByteOptions;
}

/** `giapranh validate`: returns the exit code. */
export async function runValidate(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseArguments(argv, env);
  if (parsed === 'help') {
    process.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`giapranh validate: ${parsed}\n\n${VALIDATE_HELP}`);
    return EXIT.usage;
  }
  const printer = parsed.format === 'json' ? jsonPrinter() : textPrinter();
  const run = new Run(parsed, printer);
  try {
    await run.checkAll();
  } catch (error) {
    // A bug outside any one file's check: still end with a report, and say it is ours.
    await run.record(internalErrorResult('(giapranh validate)', error));
  }
  try {
    return await run.finish();
  } catch (error) {
    // Even the end failed: close the report with the smallest entry that says so.
    const result = internalErrorResult('(giapranh validate report)', error);
    await printer.file(result, result, []);
    await printer.finish({ checked: [result], added: [[]], problems: [] });
    return EXIT.internal;
  }
}

/** One run over the targets: what has been checked so far, and the exit code it leads to. */
class Run {
  private readonly results: ValidationResult[] = [];
  private readonly added: Finding[][] = [];
  private readonly problems: UnreadableFile[] = [];
  private readonly crossFile = new CrossFileIds();

  constructor(
    private readonly args: Arguments,
    private readonly printer: RunPrinter,
  ) {}

  async checkAll(): Promise<void> {
    for await (const target of collectTargets(this.args.targets)) {
      if (target.kind === 'problem') {
        await this.problem(target.path, target.message);
        continue;
      }
      const name = target.kind === 'stdin' ? STDIN_NAME : target.path;
      const read = target.kind === 'stdin' ? await readStandardInput() : readRegularFile(name);
      if ('problem' in read) await this.problem(name, read.problem);
      else await this.check(name, read.bytes);
    }
  }

  /**
   * Checks one file, its findings printed as the validator sends them; a throw is a bug of
   * ours, reported for this file while the run goes on.
   */
  private async check(file: string, bytes: Uint8Array): Promise<void> {
    let result: ValidationResult;
    try {
      const options = {
        fileName: file,
        region: this.args.region,
        lang: this.args.lang,
        onFindings: (findings: Finding[]) => this.printer.findings(file, findings),
      };
      result = validateBytes(bytes, options, this.args.bytes);
    } catch (error) {
      result = internalErrorResult(file, error);
      this.printer.findings(file, result.findings);
    }
    await this.end(result);
  }

  /** Records a result whose findings were not printed (a bug met outside a file's check). */
  async record(result: ValidationResult): Promise<void> {
    this.printer.findings(result.file, result.findings);
    await this.end(result);
  }

  /** Ends a file: its ids against the earlier files', its summary, what the run keeps of it. */
  private async end(result: ValidationResult): Promise<void> {
    let checked: ValidationResult;
    let added: Finding[];
    try {
      ({ result: checked, added } = this.crossFile.add(result));
    } catch (error) {
      checked = internalErrorResult(result.file, error);
      added = checked.findings;
    }
    await this.printer.file(result, checked, added);
    // Printed findings are not kept, only the ids and counts: a run over many files stays small.
    this.results.push(isInternalError(checked) ? checked : { ...checked, findings: [] });
    this.added.push(added);
  }

  private async problem(file: string, message: string): Promise<void> {
    const problem = { file, message };
    this.problems.push(problem);
    await this.printer.problem(problem);
  }

  async finish(): Promise<number> {
    const checked = this.results;
    await this.printer.finish({ checked, added: this.added, problems: this.problems });
    if (checked.some(isInternalError)) return EXIT.internal;
    if (this.problems.length > 0) return EXIT.usage;
    return checked.every((result) => result.ok) ? EXIT.ok : EXIT.invalid;
  }
}

/** A file's result for a bug of ours: one `internal-error` finding; the stack goes to stderr. */
function internalErrorResult(file: string, error: unknown): ValidationResult {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : detail;
  process.stderr.write(`giapranh validate: internal error on ${file}:\n${stack}\n`);
  return {
    file,
    ok: false,
    featureCount: 0,
    findings: [
      {
        severity: 'error',
        code: INTERNAL_ERROR,
        file,
        path: '',
        message: `internal error in giapranh, not a fault of the file (please report it with the file): ${detail}`,
      },
    ],
    errorCount: 1,
    warningCount: 0,
    omittedCount: 0,
    ids: new Map(),
  };
}

/** The arguments, `'help'`, or a usage error message. */
function parseArguments(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Arguments | 'help' | string {
  const args: Arguments = {
    targets: [],
    format: 'text',
    region: 'giap-ranh',
    lang: localeLang(env),
    bytes: {},
  };
  const threshold = env[BY_FEATURE_ENV];
  if (threshold !== undefined && threshold !== '') {
    if (!/^\d+$/.test(threshold))
      return `${BY_FEATURE_ENV} must be a number of bytes, not ${threshold}`;
    args.bytes.featureByFeatureBytes = Number(threshold);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const option = /^--(format|region|lang)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? argv[++i];
      const error = setOption(args, option[1]!, value);
      if (error) return error;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    args.targets.push(arg);
  }
  if (args.targets.length === 0) args.targets.push(DEFAULT_TARGET);
  return args;
}

function setOption(args: Arguments, name: string, value: string | undefined): string | undefined {
  const shown = value ?? 'nothing';
  if (name === 'format') {
    if (value !== 'text' && value !== 'json') return `--format must be text or json, not ${shown}`;
    args.format = value;
  } else if (name === 'region') {
    if (value !== 'giap-ranh' && value !== 'none')
      return `--region must be giap-ranh or none, not ${shown}`;
    args.region = value;
  } else {
    if (value !== 'vi' && value !== 'en') return `--lang must be vi or en, not ${shown}`;
    args.lang = value;
  }
  return undefined;
}

/** `vi` when the locale (POSIX precedence: LC_ALL, LC_MESSAGES, LANG) is Vietnamese. */
export function localeLang(env: NodeJS.ProcessEnv): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  }
  return 'en';
}
