import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The public extracts (`shared/geodata/`, see its README): `GEODATA_DIR` when set, else the
 * nearest `shared/geodata` beside the repository or one of its parent folders (the main
 * checkout has it at `../shared/geodata`, a worktree a level or two further up).
 */
export function findGeodataDir(repoRoot: string): string {
  const fromEnv = process.env.GEODATA_DIR;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`GEODATA_DIR=${fromEnv} does not exist`);
    return resolve(fromEnv);
  }
  let folder = resolve(repoRoot);
  for (;;) {
    const candidate = join(dirname(folder), 'shared', 'geodata');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  throw new Error(
    `no shared/geodata/ found beside ${repoRoot} or its parents: set GEODATA_DIR to the extracts`,
  );
}

/** Reads one GeoJSON FeatureCollection, saying which file when it is missing or malformed. */
export function readCollection(dir: string, file: string): GeoJSON.FeatureCollection {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${path}: missing (see shared/geodata/README.md)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`);
  }
  const collection = parsed as GeoJSON.FeatureCollection;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  }
  return collection;
}
