import { readFileSync } from 'node:fs';
import { findJsonSyntaxError } from '../../core/json/find-syntax-error.ts';
import { lineColumnAt } from '../../core/json/line-column.ts';
import { applyToProject } from '../apply-to-project.ts';
import { EXIT } from '../exit-codes.ts';

const DEFAULT_DATA_DIR = 'data/geojson';

export const APPLY_HELP = `Usage: giapranh apply CHANGES.json [--data DIR]

Writes a changeset downloaded from the app ("Changes" → download) into the project's layer
files, the way "Save to project" does under npm run dev. All or nothing: the changeset is
refused, and no file written, when it edits a layer that is not in the registry or is
read-only, when a file is not the version it was made against (the features edited on both
sides are named), or when a written layer would not pass giapranh validate. Files are written
with stable key order, 7-decimal coordinates and one feature per line, so git diff shows only
the edited features.

  CHANGES.json    the changeset file
  --data DIR      the layer files' directory (default: data/geojson/)
  -h, --help      this text

Exit status: 0 written, 1 refused (conflict or invalid result), 2 usage or I/O error.
`;

interface Arguments {
  file: string;
  dataDir: string;
}

/** `giapranh apply`: returns the exit code. */
export function runApply(argv: readonly string[]): number {
  const parsed = parseArguments(argv);
  if (parsed === 'help') {
    process.stdout.write(APPLY_HELP);
    return EXIT.ok;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`giapranh apply: ${parsed}\n\n${APPLY_HELP}`);
    return EXIT.usage;
  }
  const value = readChangeset(parsed.file);
  if (typeof value === 'string') {
    process.stderr.write(`giapranh apply: ${value}\n`);
    return EXIT.usage;
  }
  const outcome = applyToProject(value.json, parsed.dataDir);
  if (!outcome.ok) {
    process.stderr.write(
      `giapranh apply: ${parsed.file}: refused, nothing written: ${outcome.message}\n`,
    );
    return outcome.reason === 'refused' ? EXIT.usage : EXIT.invalid;
  }
  for (const layer of outcome.written) {
    const counts = `${layer.added} added, ${layer.modified} modified, ${layer.deleted} deleted`;
    process.stdout.write(`${parsed.dataDir}/${layer.file}: ${counts}\n`);
  }
  if (outcome.written.length === 0) process.stdout.write('the changeset has no edits\n');
  return EXIT.ok;
}

function parseArguments(argv: readonly string[]): Arguments | 'help' | string {
  let file: string | undefined;
  let dataDir = DEFAULT_DATA_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--data' || arg.startsWith('--data=')) {
      const value = arg === '--data' ? argv[++i] : arg.slice('--data='.length);
      if (!value) return '--data needs a directory';
      dataDir = value;
      continue;
    }
    if (arg.startsWith('-')) return `unknown option ${arg}`;
    if (file !== undefined) return `one changeset at a time (got ${file} and ${arg})`;
    file = arg;
  }
  if (file === undefined) return 'name the changeset file, e.g. giapranh apply CHANGES.json';
  return { file, dataDir };
}

/** The parsed JSON, or a message saying why it cannot be read (with line and column). */
function readChangeset(file: string): { json: unknown } | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${file}: no such file` : `${file}: ${String(error)}`;
  }
  try {
    return { json: JSON.parse(text) };
  } catch {
    const located = findJsonSyntaxError(text);
    if (!located) return `${file}: not valid JSON`;
    const { line, column } = lineColumnAt(text, located.offset);
    return `${file}:${line}:${column}: not valid JSON: ${located.message}`;
  }
}
