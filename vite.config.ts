import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts';
import { saveToProject } from './src/devserver/saveToProject.ts';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  // saveToProject applies to `vite` (serve) only: "Save to project" writes data/geojson/; the
  // Content-Security-Policy meta tag to the build only.
  plugins: [react(), saveToProject(), contentSecurityPolicyPlugin()],
  // Relative asset URLs, so the built app works from any path (a report's web folder, an iframe).
  base: './',
  // .geojson files are served as static assets and fetched at run time, never inlined into JS.
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // Two pages: the app, and the read-only map for iframes (src/embed/), which shares the map
    // and React chunk with the app but never loads the analysis, import or editor code.
    rolldownOptions: {
      input: { index: page('./index.html'), embed: page('./embed.html') },
    },
  },
  worker: { format: 'es' },
});
