import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYERS } from '../../core/layers/registry.ts';
import {
  SNAPSHOT_HASH_CHARS,
  type SnapshotLayer,
  type SnapshotManifest,
  snapshotHashInput,
} from '../../core/snapshot/manifest.ts';
import { EXIT } from '../exit-codes.ts';

export const SNAPSHOT_HELP = `giapranh snapshot [--layers a,b] [--data DIR] [--out DIR] [--date YYYY-MM-DD]
    Freeze the layers' files (default: every bundled layer, from data/geojson/) into
    data/snapshots/<hash>/ for pinned embeds (embed.html?pin=<hash>). Commit the folder: every
    build carries it. Prints the hash. The same data gives the same hash; an existing snapshot
    is left as it is (its date stays the day it was first frozen).
`;

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

interface SnapshotOptions {
  layerIds: string[];
  dataDir: string;
  outDir: string;
  date: string;
}

function parseOptions(argv: readonly string[]): SnapshotOptions | string {
  const options: SnapshotOptions = {
    layerIds: LAYERS.filter((layer) => layer.source.kind === 'geojson').map((layer) => layer.id),
    dataDir: 'data/geojson',
    outDir: 'data/snapshots',
    date: new Date().toISOString().slice(0, 10),
  };
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--layers') options.layerIds = value.split(',').filter(Boolean);
    else if (flag === '--data') options.dataDir = value;
    else if (flag === '--out') options.outDir = value;
    else if (flag === '--date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) options.date = value;
    else if (flag === '--date') return `--date must be YYYY-MM-DD, got "${value}"`;
    else return `unknown option "${flag}"`;
  }
  const unknown = options.layerIds.filter((id) => !LAYERS.some((layer) => layer.id === id));
  if (unknown.length > 0) return `unknown layer(s): ${unknown.join(', ')}`;
  return options;
}

/** Writes (or finds) the snapshot of the layers' current files; returns its manifest. */
export function writeSnapshot(options: SnapshotOptions): SnapshotManifest {
  const files = options.layerIds.map((id) => {
    const file = `${id}.geojson`;
    const bytes = readFileSync(join(options.dataDir, file));
    return { layer: { id, file, sha256: sha256(bytes) } satisfies SnapshotLayer, bytes };
  });
  const layers = files.map((entry) => entry.layer);
  const hash = sha256(snapshotHashInput(layers)).slice(0, SNAPSHOT_HASH_CHARS);
  const folder = join(options.outDir, hash);
  const manifestPath = join(folder, 'manifest.json');
  if (existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8'));
  mkdirSync(folder, { recursive: true });
  for (const { layer, bytes } of files) writeFileSync(join(folder, layer.file), bytes);
  const manifest: SnapshotManifest = { hash, date: options.date, layers };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** `giapranh snapshot`: exit 0 and the hash on stdout, or 2 and one line saying why. */
export function runSnapshot(argv: readonly string[]): number {
  if (argv.includes('--help')) {
    process.stdout.write(SNAPSHOT_HELP);
    return EXIT.ok;
  }
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    process.stderr.write(`giapranh snapshot: ${options}\n`);
    return EXIT.usage;
  }
  try {
    const manifest = writeSnapshot(options);
    process.stdout.write(`${manifest.hash}\n`);
    return EXIT.ok;
  } catch (error) {
    process.stderr.write(`giapranh snapshot: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
}
