import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles } from './data/build-files.ts';

/**
 * Generates the bundled layers (data/geojson/) and the basemap data (data/basemap/) from the
 * facts. `--out <dir>` writes under another root, e.g. to compare with the committed files.
 */
function main(argv: readonly string[]): void {
  const outIndex = argv.indexOf('--out');
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (outIndex >= 0 && !outDir) throw new Error('--out needs a directory');
  const root = outDir ? resolve(outDir) : repoRoot;
  for (const [path, text] of buildFiles()) {
    const target = resolve(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`${path}  ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
  }
}

main(process.argv.slice(2));
