import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type PreviewServer, preview } from 'vite';

const REPO = resolve(import.meta.dirname, '../../..');
const APP = { configFile: resolve(REPO, 'vite.config.ts'), root: REPO };

/**
 * Serves a production build the way `npm run preview` does, on a free port: the app's dist/ by
 * default, or another Vite project's build (the benchmarks' floor and stall pages).
 */
export async function startPreviewServer(
  project: { configFile: string; root: string } = APP,
): Promise<{ url: string; close: () => Promise<void> }> {
  if (project === APP && !existsSync(resolve(REPO, 'dist/index.html'))) {
    throw new Error(
      'dist/ is missing: browser tests run against the production build (npm run build)',
    );
  }
  const server: PreviewServer = await preview({
    configFile: project.configFile,
    root: project.root,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((done) => server.httpServer.close(() => done())),
  };
}
