import {
  BUFFER_DISTANCE_METERS,
  bufferDistanceProblem,
  type OutputFormat,
} from '../../core/analysis/index.ts';
import { CRS_DEFS, type CrsCode } from '../../core/crs/vn2000.ts';

const { min: MIN_DISTANCE_M, max: MAX_DISTANCE_M } = BUFFER_DISTANCE_METERS;

/** `giapranh analyze --help`. */
export const ANALYZE_HELP = `Usage:
  giapranh analyze measure FILE [--format csv|json|geojson]
      per feature: id,name,type,length_m,area_m2 (length of lines, perimeter of polygons)
  giapranh analyze nearest --from A --to B [--format csv|json|geojson]
      per feature of A: from_id,to_id,distance_m,from_lon,from_lat,to_lon,to_lat
  giapranh analyze overlap --a A --b B [--format csv|json|geojson]
      per pair sharing area: a_id,b_id,overlap_m2,share_of_a,share_of_b (shares 0–1);
      geojson gives the shared polygons carrying those fields
  giapranh analyze buffer FILE --distance METRES
      the buffered polygons, as GeoJSON; METRES from ${MIN_DISTANCE_M} to ${MAX_DISTANCE_M}, in decimal

All measures are on the WGS84 ellipsoid (GeographicLib), with geodesic edges; this is the code
the browser runs. Input is GeoJSON (a FeatureCollection, a Feature or a geometry) in WGS84, or
in the VN-2000 system its "crs" member names (converted as the app's import does). A feature is
named by its top-level "id", or by "#" and its index in the file when it has none.

Every feature is checked as \`giapranh validate\` checks it first: one the validator finds an
error in (a ring crossing itself or not closed, a hole crossing its shell, overlapping parts,
a one-position line, a repeated id) is left out, and named with the reason on stderr as it is
read (their count follows at the end), since its numbers would be wrong; the exit status is
then 1, the rows printed being for the others.
overlap skips features that are not polygons, also naming them (exit 0).

  --format F      csv (default; geojson for buffer), json or geojson
  --crs CODE      read FILE in this system, as the app's import offers it (--from-crs and
                  --to-crs for nearest, --a-crs and --b-crs for overlap):
                  ${CRS_DEFS.map((def) => def.code).join(', ')}
                  (default: the file's "crs" member, else EPSG:4326)
  --threads N     threads for nearest/overlap: 1 (default, streams A) or 2
  -h, --help      this text

Large files are read one feature at a time and rows written as they are made, so memory stays
a small multiple of the file's size; FILE (A, B) may be - for standard input, read whole.

Exit status: 0 done, 1 invalid input, 2 usage or I/O error, 3 internal error (a bug of ours:
no clipper could intersect a pair, both features named).
`;

export type Subcommand = 'measure' | 'nearest' | 'overlap' | 'buffer';

export interface Arguments {
  subcommand: Subcommand;
  files: { first: string; second?: string };
  format: OutputFormat;
  distanceMeters: number;
  threads: number | null;
  /** The systems to read the files in; undefined: the file's `crs` member, else WGS84. */
  crs: { first?: CrsCode; second?: CrsCode };
}

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {}

/** The analysis and its inputs from the command line, or `help`; throws a UsageError. */
export function parseArguments(argv: readonly string[]): Arguments | 'help' {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return 'help';
  const [subcommand, ...rest] = argv;
  if (!isSubcommand(subcommand)) {
    throw new UsageError(
      `unknown analysis "${subcommand}": use measure, nearest, overlap or buffer`,
    );
  }
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return checkArguments(subcommand, flags, positional);
}

const FLAGS: Record<Subcommand, readonly string[]> = {
  measure: ['format', 'crs'],
  nearest: ['from', 'to', 'format', 'threads', 'from-crs', 'to-crs'],
  overlap: ['a', 'b', 'format', 'threads', 'a-crs', 'b-crs'],
  buffer: ['distance', 'format', 'crs'],
};

function checkArguments(
  subcommand: Subcommand,
  flags: Map<string, string>,
  positional: string[],
): Arguments {
  for (const name of flags.keys()) {
    if (!FLAGS[subcommand].includes(name)) {
      throw new UsageError(`analyze ${subcommand} has no option --${name}`);
    }
  }
  const files = filesOf(subcommand, flags, positional);
  const format = flags.get('format') ?? (subcommand === 'buffer' ? 'geojson' : 'csv');
  if (format !== 'csv' && format !== 'json' && format !== 'geojson') {
    throw new UsageError(`--format must be csv, json or geojson, not "${format}"`);
  }
  if (subcommand === 'buffer' && format === 'csv') {
    throw new UsageError('buffer writes polygons: use --format geojson (or json)');
  }
  return {
    subcommand,
    files,
    format,
    distanceMeters: subcommand === 'buffer' ? distanceOf(flags.get('distance')) : 0,
    threads: threadsOf(flags.get('threads')),
    crs: crsOf(subcommand, flags),
  };
}

function filesOf(
  subcommand: Subcommand,
  flags: Map<string, string>,
  positional: string[],
): Arguments['files'] {
  if (subcommand === 'measure' || subcommand === 'buffer') {
    if (positional.length !== 1) throw new UsageError(`analyze ${subcommand} takes one FILE`);
    return { first: positional[0] as string };
  }
  if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
  const [firstFlag, secondFlag] = subcommand === 'nearest' ? ['from', 'to'] : ['a', 'b'];
  const first = flags.get(firstFlag);
  const second = flags.get(secondFlag);
  if (!first || !second) {
    throw new UsageError(
      `analyze ${subcommand} needs --${firstFlag} FILE and --${secondFlag} FILE`,
    );
  }
  return { first, second };
}

function distanceOf(text: string | undefined): number {
  if (text === undefined) throw new UsageError('analyze buffer needs --distance METRES');
  const distanceMeters = decimalOf(text);
  if (distanceMeters === null) {
    throw new UsageError(
      `--distance must be a number of metres written in decimal (e.g. 250 or 0.5), not "${text}"`,
    );
  }
  const problem = bufferDistanceProblem(distanceMeters);
  if (problem) throw new UsageError(`--distance: ${problem}`);
  return distanceMeters;
}

/** Each file's own flag: one system for two files would misread whichever is not in it. */
function crsOf(subcommand: Subcommand, flags: Map<string, string>): Arguments['crs'] {
  const [first, second] =
    subcommand === 'nearest'
      ? ['from-crs', 'to-crs']
      : subcommand === 'overlap'
        ? ['a-crs', 'b-crs']
        : ['crs', undefined];
  return {
    ...(flags.has(first) && { first: crsCode(first, flags.get(first) as string) }),
    ...(second && flags.has(second) && { second: crsCode(second, flags.get(second) as string) }),
  };
}

function crsCode(flag: string, text: string): CrsCode {
  const def = CRS_DEFS.find((candidate) => candidate.code.toUpperCase() === text.toUpperCase());
  if (def) return def.code;
  const known = CRS_DEFS.map((candidate) => candidate.code).join(', ');
  throw new UsageError(`--${flag} must be one of ${known}, not "${text}"`);
}

function threadsOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const threads = decimalOf(text);
  if (threads !== 1 && threads !== 2)
    throw new UsageError(`--threads must be 1 or 2, not "${text}"`);
  return threads;
}

/** Digits, a point and an exponent, as people write numbers. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number a plain decimal names, or null. `Number()` alone also takes `0x10` (16), `0b1`,
 * `Infinity` and blanks (0), which nobody means as metres.
 */
function decimalOf(text: string): number | null {
  return DECIMAL.test(text) ? Number(text) : null;
}

function isSubcommand(value: string | undefined): value is Subcommand {
  return value === 'measure' || value === 'nearest' || value === 'overlap' || value === 'buffer';
}
