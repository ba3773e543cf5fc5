// Plain JavaScript on purpose: this runs before anything can compile TypeScript.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
/** Inside node_modules: never committed, gone with a fresh install, untouched by `vite build`. */
const CACHE = join(ROOT, 'node_modules', '.cache', 'giapranh-cli');
const STAMP = join(CACHE, 'stamp.json');

/**
 * The URL of `src/cli/main.ts` bundled to plain JavaScript, rebuilt first when any file that went
 * into the bundle (source or dependency, as esbuild's metafile lists them) has changed size or
 * modification time, or is gone. Checking is one `stat` per input (~1 ms); a rebuild ~0.3 s.
 * Starting from a bundle takes ~0.1 s where compiling TypeScript through tsx takes ~0.4 s.
 */
export async function cliBundle() {
  const stamp = readStamp();
  if (stamp && isFresh(stamp)) return pathToFileURL(join(CACHE, stamp.dir, 'main.js')).href;
  return build();
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

function isFresh(stamp) {
  for (const [path, [mtimeMs, size]] of Object.entries(stamp.inputs)) {
    try {
      const info = statSync(join(ROOT, path));
      if (info.mtimeMs !== mtimeMs || info.size !== size) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Builds into a new folder and then points the stamp at it with an atomic rename, so processes
 * started together (a test run, a shell loop) never read a half-written bundle.
 */
async function build() {
  const { build: esbuild } = await import('esbuild');
  const dir = `build-${Date.now()}-${process.pid}`;
  const result = await esbuild({
    entryPoints: [ENTRY],
    outdir: join(CACHE, dir),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    // Loaded from node_modules at run time: Playwright reads its own files next to its code, and
    // the packaged Chromium is an archive, so neither can be bundled (only \`render\` loads them).
    external: ['playwright-core', '@sparticuz/chromium'],
    absWorkingDir: ROOT,
    logLevel: 'error',
  });
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), 'package.json']) {
    const info = statSync(join(ROOT, path));
    inputs[path] = [info.mtimeMs, info.size];
  }
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${STAMP}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ dir, inputs }));
  renameSync(temporary, STAMP);
  removeOldBuilds(dir);
  return pathToFileURL(join(CACHE, dir, 'main.js')).href;
}

/**
 * Builds older than an hour and not current: a process started earlier may still load one of
 * their chunks (the analysis chunk is loaded when needed, and again by a `--threads 2` helper).
 */
function removeOldBuilds(current) {
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith('build-') || name === current) continue;
    const builtAt = Number(name.split('-')[1]);
    if (Date.now() - builtAt > 3_600_000)
      rmSync(join(CACHE, name), { recursive: true, force: true });
  }
}
