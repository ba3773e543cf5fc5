import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkWeight {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/**
 * The JS a page loads before its first render: the entry scripts and modulepreloads named in its
 * index.html. Everything else in assets/ loads lazily (dynamic imports, workers).
 */
export function jsWeight(distDir: string): { initial: ChunkWeight[]; lazy: ChunkWeight[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const weigh = (file: string): ChunkWeight => {
    const bytes = readFileSync(join(distDir, file));
    return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  };
  // MapLibre's worker script is fetched at start-up and needed to draw anything: count it.
  const isInitial = (file: string) => initialFiles.has(file) || file.includes('maplibre-gl-worker');
  const all = readAssets(distDir);
  return {
    initial: all.filter(isInitial).map(weigh),
    lazy: all.filter((f) => !isInitial(f)).map(weigh),
  };
}

function readAssets(distDir: string): string[] {
  return readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js') || name.endsWith('.mjs'))
    .map((name) => `assets/${name}`);
}

export const sum = (chunks: ChunkWeight[], key: 'rawBytes' | 'gzipBytes') =>
  chunks.reduce((total, chunk) => total + chunk[key], 0);
