import { readFileSync, writeFileSync } from 'node:fs';
import { CRS_DEFS, type CrsCode } from '../../core/crs/vn2000.ts';
import {
  type ExportFormatId,
  exportFormatOf,
  FormatError,
  parseFile,
  serializeFile,
  type TextEncoding,
} from '../../core/formats/index.ts';
import { formatTextReport } from '../../core/validate/report.ts';
import { validateObject } from '../../core/validate/validate.ts';
import { EXIT } from '../exit-codes.ts';
import { InputError } from '../io/input-error.ts';
import { Output, OutputError } from '../io/output.ts';
import { baseName, type ConversionPlan, planStreamedConversion } from './convert-stream.ts';

export const CONVERT_HELP = `Usage: giapranh convert IN OUT [--from EPSG:…] [--to EPSG:…] [--encoding …]

Converts a planning file between formats, reprojecting as the app does (VN-2000 through the
EPSG:6960 seven-parameter shift). Reads GeoJSON, KML/KMZ, GPX, CSV/TSV (coordinate columns by
name: lon/lat, x/y, kinh độ/vĩ độ, easting/northing), zipped Shapefile (.prj, .cpg) and
TopoJSON, by IN's extension; writes GeoJSON, KML, CSV or zipped Shapefile by OUT's extension
(.geojson .kml .csv .zip). "-" is GeoJSON on standard input or output. What is written is
validated first (RFC 7946 structure and geometry); nothing is written when it fails.
A GeoJSON FeatureCollection of 8 MiB or more is converted to GeoJSON, KML or CSV one feature
at a time (small memory, same bytes); a Shapefile is built whole in memory.

  --from EPSG:N   the system IN's coordinates are in, overriding the file (.prj, crs member,
                  column names) and the guess from its numbers
  --to EPSG:N     the system OUT is written in (default EPSG:4326; KML is always WGS84)
  --encoding E    IN's attribute text: utf-8, windows-1258, tcvn3, vni (default: detected)
  -h, --help      this text

Systems: ${CRS_DEFS.map((def) => def.code).join(', ')}.
Exit status: 0 written, 1 IN is invalid or cannot be converted, 2 usage or I/O error,
3 a bug of ours.
`;

const ENCODINGS: readonly TextEncoding[] = ['utf-8', 'windows-1258', 'tcvn3', 'vni'];

interface Arguments {
  input: string;
  output: string;
  from?: CrsCode;
  to: CrsCode;
  encoding?: TextEncoding;
  outputFormat: ExportFormatId;
}

/** `giapranh convert`: returns the exit code. */
export async function runConvert(argv: string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed === 'help') {
    process.stdout.write(CONVERT_HELP);
    return EXIT.ok;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`giapranh convert: ${parsed}\n\n${CONVERT_HELP}`);
    return EXIT.usage;
  }
  const inputName = parsed.input === '-' ? 'stdin.geojson' : parsed.input;
  const plan = await planStreamedConversion({
    input: parsed.input,
    output: parsed.output,
    outputFormat: parsed.outputFormat,
    to: parsed.to,
    ...(parsed.from ? { from: parsed.from } : {}),
  });
  if (plan) return writePlanned(plan, parsed, inputName);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(parsed.input === '-' ? 0 : parsed.input));
  } catch (error) {
    process.stderr.write(`giapranh convert: cannot read ${parsed.input}: ${messageOf(error)}\n`);
    return EXIT.usage;
  }
  try {
    const file = parseFile(bytes, inputName, {
      ...(parsed.from ? { sourceCrs: parsed.from } : {}),
      ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
    });
    if (file.crsSource === 'guess') warnGuessed(inputName, file.sourceCrs);
    for (const note of file.notes)
      process.stderr.write(`giapranh convert: ${inputName}: ${note}\n`);
    const check = validateObject(file.collection, {
      fileName: inputName,
      layer: null,
      region: 'none',
    });
    if (!check.ok) {
      process.stderr.write(formatTextReport([check], []));
      return EXIT.invalid;
    }
    const out = serializeFile(file.collection, parsed.outputFormat, {
      targetCrs: parsed.to,
      name: baseName(parsed.output === '-' ? inputName : parsed.output),
    });
    if (parsed.output === '-' && typeof out === 'string') {
      // Text to stdout goes through the CLI's writer: back-pressure, and `| head` ends quietly.
      const output = new Output();
      await output.write(out);
      await output.end();
    } else if (parsed.output === '-') process.stdout.write(out);
    else writeFileSync(parsed.output, out);
    return EXIT.ok;
  } catch (error) {
    return failureExit(error, parsed.output, inputName);
  }
}

/** A large GeoJSON written feature by feature: same checks, same bytes, same messages. */
async function writePlanned(
  plan: ConversionPlan,
  parsed: Arguments,
  inputName: string,
): Promise<number> {
  if (plan.crsSource === 'guess') warnGuessed(inputName, plan.crs);
  try {
    await plan.write();
    return EXIT.ok;
  } catch (error) {
    return failureExit(error, parsed.output, inputName);
  }
}

function warnGuessed(inputName: string, crs: CrsCode): void {
  process.stderr.write(
    `giapranh convert: ${inputName}: the coordinates are metres, read as ${crs} (VN-2000 / TM-3 105°); say --from EPSG:… if that is wrong\n`,
  );
}

function failureExit(error: unknown, output: string, inputName: string): number {
  // The entry point words a closed pipe or a full disk on stdout the same for every command.
  if (error instanceof OutputError) throw error;
  if (error instanceof FormatError) {
    process.stderr.write(`giapranh convert: ${error.message}\n`);
    return EXIT.invalid;
  }
  if (error instanceof InputError) {
    process.stderr.write(`giapranh convert: ${error.message}\n`);
    return error.kind === 'io' ? EXIT.usage : EXIT.invalid;
  }
  if (isIoError(error)) {
    process.stderr.write(`giapranh convert: cannot write ${output}: ${messageOf(error)}\n`);
    return EXIT.usage;
  }
  process.stderr.write(`giapranh convert: internal error on ${inputName}: ${messageOf(error)}\n`);
  return EXIT.internal;
}

function parseArguments(argv: readonly string[]): Arguments | 'help' | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const option = /^--(from|to|encoding)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? argv[++i];
      if (value === undefined) return `--${option[1]} needs a value`;
      options[option[1]!] = value;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) return 'give an input and an output file (IN OUT)';
  const [input, output] = positional as [string, string];
  const outputFormat = output === '-' ? 'geojson' : exportFormatOf(output);
  if (!outputFormat) return `cannot write ${output}: use .geojson, .kml, .csv or .zip (Shapefile)`;
  const from = options.from === undefined ? undefined : crsCode(options.from);
  const to = crsCode(options.to ?? 'EPSG:4326');
  if (from === null) return `--from: unknown system ${options.from}`;
  if (to === null || to === undefined) return `--to: unknown system ${options.to}`;
  const encoding = options.encoding?.toLowerCase() as TextEncoding | undefined;
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) {
    return `--encoding must be one of ${ENCODINGS.join(', ')}, not ${options.encoding}`;
  }
  return {
    input,
    output,
    to,
    outputFormat,
    ...(from ? { from } : {}),
    ...(encoding ? { encoding } : {}),
  };
}

function crsCode(value: string): CrsCode | null {
  const code = `EPSG:${value.replace(/^EPSG:/i, '')}`;
  return CRS_DEFS.some((def) => def.code === code) ? (code as CrsCode) : null;
}

function isIoError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && 'syscall' in error;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
