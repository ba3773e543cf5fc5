import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type PreviewServer, preview } from 'vite';

/** Serves the production build (dist/) the way `npm run preview` does, on a free port. */
export async function startPreviewServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error(
      'dist/ is missing: browser tests run against the production build (npm run build)',
    );
  }
  const server: PreviewServer = await preview({
    root,
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
