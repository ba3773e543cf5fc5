import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  server: { fs: { allow: [root] } },
  worker: { format: 'es' },
  build: { outDir: resolve(root, '.bench/stall-dist'), emptyOutDir: true, target: 'es2022' },
});
