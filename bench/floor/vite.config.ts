import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  assetsInclude: ['**/*.geojson'],
  server: { fs: { allow: [root] } },
  build: {
    outDir: resolve(root, '.bench/floor-dist'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
