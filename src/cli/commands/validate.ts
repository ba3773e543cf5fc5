import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { withCrossFileDuplicateIds } from '../../core/validate/cross-file-ids.ts';
import { formatTextReport, toJsonReport, type UnreadableFile } from '../../core/validate/report.ts';
import type { ValidationResult } from '../../core/validate/types.ts';
import { validateText } from '../../core/validate/validate.ts';
import { EXIT } from '../exit-codes.ts';

const DEFAULT_TARGET = 'data/geojson';
const GEOJSON_FILE = /\.(geo)?json$/i;

export const VALIDATE_HELP = `Usage: giapranh validate [FILE|DIR ...] [--format text|json]

Checks GeoJSON files: JSON syntax, GeoJSON structure, every MUST of RFC 7946 (each finding
names its section: longitude/latitude ranges at every position, closed rings, members that
§7.1 forbids; right-hand winding as a warning), OGC geometry validity (self-intersecting rings,
too few positions, empty geometries, holes outside or crossing their shell, overlapping holes,
overlapping MultiPolygon parts), repeated member names, unique feature ids (1 and "1" are one
id; within a file and across the files checked), the layer schema for bundled layer files
(e.g. industrial-zones.geojson), coordinates far outside the region (swapped
longitude/latitude, projected metres such as VN-2000), and HTML markup in properties. Every
finding gives its line and column and quotes the file's numbers as written.

  FILE|DIR        files, or directories searched for *.geojson and *.json
                  (default: data/geojson/ in the current directory)
  --format text   one line per finding (default)
  --format json   the same findings as JSON, for other tools
  -h, --help      this text

Exit status: 0 valid (warnings allowed), 1 a file is invalid, 2 usage or I/O error.
`;

type Format = 'text' | 'json';

interface Arguments {
  targets: string[];
  format: Format;
}

/** `giapranh validate`: returns the exit code. */
export async function runValidate(argv: string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed === 'help') {
    process.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`giapranh validate: ${parsed}\n\n${VALIDATE_HELP}`);
    return EXIT.usage;
  }
  const unreadable: UnreadableFile[] = [];
  const files = await collectFiles(parsed.targets, unreadable);
  const results: ValidationResult[] = [];
  for (const file of files) {
    const result = validateFile(file, unreadable);
    if (result) results.push(result);
  }
  const checked = withCrossFileDuplicateIds(results);
  if (parsed.format === 'json') {
    process.stdout.write(`${JSON.stringify(toJsonReport(checked, unreadable), null, 2)}\n`);
  } else {
    process.stdout.write(formatTextReport(checked, unreadable));
  }
  if (unreadable.length > 0) return EXIT.usage;
  return checked.every((result) => result.ok) ? EXIT.ok : EXIT.invalid;
}

/** The arguments, `'help'`, or a usage error message. */
function parseArguments(argv: readonly string[]): Arguments | 'help' | string {
  const targets: string[] = [];
  let format: Format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json')
        return `--format must be text or json, not ${value ?? 'nothing'}`;
      format = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    targets.push(arg);
  }
  return { targets: targets.length > 0 ? targets : [DEFAULT_TARGET], format };
}

/** Files as named, directories expanded (sorted, recursive); missing ones go to `unreadable`. */
async function collectFiles(targets: readonly string[], unreadable: UnreadableFile[]) {
  const files: string[] = [];
  for (const target of targets) {
    try {
      const info = await stat(target);
      if (!info.isDirectory()) {
        files.push(target);
        continue;
      }
      const found = await geojsonFilesIn(target);
      if (found.length === 0)
        unreadable.push({
          file: target,
          message: 'no *.geojson or *.json files in this directory',
        });
      files.push(...found);
    } catch (error) {
      unreadable.push({ file: target, message: ioMessage(error) });
    }
  }
  return files;
}

async function geojsonFilesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await geojsonFilesIn(path)));
    else if (GEOJSON_FILE.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * Reads and validates one file. The text is not kept: only the findings and ids outlive this
 * call, so a run over many big files holds one file at a time. The read is synchronous on
 * purpose: `fs/promises.readFile` gathers chunks and peaks ~100 MB higher on a 46 MB file.
 */
function validateFile(file: string, unreadable: UnreadableFile[]) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    unreadable.push({ file, message: ioMessage(error) });
    return undefined;
  }
  return validateText(text, { fileName: file });
}

function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
