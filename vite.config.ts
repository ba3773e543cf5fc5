import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the built app works from any path (a report's web folder, an iframe).
  base: './',
  // .geojson files are served as static assets and fetched at run time, never inlined into JS.
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
});
