import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findGeodataDir } from './basemap/geodata.ts';
import { buildFiles } from './data/build-files.ts';
import { readGeodataInputs } from './data/geodata-inputs.ts';

/**
 * Generates the bundled layers (data/geojson/) and the basemap data (data/basemap/) from the
 * facts and the public extracts in shared/geodata/ (found as `build-basemap.ts` finds them). `--out <dir>` writes under another root, e.g. to compare with the committed files.
 */
function main(argv: readonly string[]): void {
  const outIndex = argv.indexOf('--out');
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (outIndex >= 0 && !outDir) throw new Error('--out needs a directory');
  const root = outDir ? resolve(outDir) : repoRoot;
  const files = buildFiles(readGeodataInputs(findGeodataDir(repoRoot)));
  for (const [path, text] of files) {
    const target = resolve(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`${path}  ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
  }
}

main(process.argv.slice(2));
