import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

const GEOJSON_FILE = /\.(geo)?json$/i;

/** Something `validate` was asked to check, in the order it was named or found. */
export type Target =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  /** A name that cannot be checked, and why (the run still goes on). */
  | { kind: 'problem'; path: string; message: string };

/**
 * The files behind the named targets: files as named, directories searched (sorted,
 * recursive) for `*.geojson` and `*.json`, `-` for standard input. Each file and directory is
 * visited once, by its real path, so `data/geojson ./data/geojson/` or a symlink loop checks
 * nothing twice. Nothing is opened for reading here, and a FIFO, socket or device is reported
 * rather than checked (reading a FIFO waits for a writer that may never come). A directory
 * that cannot be listed is reported by name, and its neighbours are still searched.
 */
export async function* collectTargets(names: readonly string[]): AsyncGenerator<Target> {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '-') {
      // Standard input can be read once; `- -` is one file.
      if (!seen.has('-')) yield { kind: 'stdin' };
      seen.add('-');
      continue;
    }
    let info: Stats;
    try {
      info = await stat(name);
    } catch (error) {
      yield { kind: 'problem', path: name, message: ioMessage(error) };
      continue;
    }
    if (info.isDirectory()) {
      yield* directoryTargets(name, seen, true);
      continue;
    }
    yield* fileTarget(name, info, seen);
  }
}

async function* fileTarget(path: string, info: Stats, seen: Set<string>): AsyncGenerator<Target> {
  const real = await realpath(path).catch(() => path);
  if (seen.has(real)) return;
  seen.add(real);
  yield info.isFile()
    ? { kind: 'file', path }
    : { kind: 'problem', path, message: notRegular(info) };
}

async function* directoryTargets(
  directory: string,
  seen: Set<string>,
  named: boolean,
): AsyncGenerator<Target> {
  let entries: Dirent[];
  let real: string;
  try {
    real = await realpath(directory);
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'problem', path: directory, message: `cannot list: ${ioMessage(error)}` };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let found = false;
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    for await (const target of entryTargets(join(directory, entry.name), entry, seen)) {
      found = true;
      yield target;
    }
  }
  if (!found && named) {
    yield { kind: 'problem', path: directory, message: 'no *.geojson or *.json files here' };
  }
}

async function* entryTargets(path: string, entry: Dirent, seen: Set<string>) {
  if (entry.isDirectory()) {
    yield* directoryTargets(path, seen, false);
    return;
  }
  const named = GEOJSON_FILE.test(entry.name);
  if (!named && !entry.isSymbolicLink()) return;
  let info: Stats;
  try {
    info = await stat(path); // follows a symlink; never opens the file
  } catch (error) {
    if (named) yield problem(path, error);
    return;
  }
  if (info.isDirectory()) yield* directoryTargets(path, seen, false);
  else if (named) yield* fileTarget(path, info, seen);
}

function problem(path: string, error: unknown): Target {
  return { kind: 'problem', path, message: ioMessage(error) };
}

/** Why a FIFO, socket or device named like GeoJSON is skipped. */
function notRegular(info: Stats | Dirent): string {
  const what = info.isFIFO()
    ? 'a FIFO (named pipe)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return `skipped, not read: ${what}; to check a stream, pipe it to "giapranh validate -"`;
}

/** Plain words for the I/O errors a user can fix. */
export function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  return error instanceof Error ? error.message : String(error);
}
