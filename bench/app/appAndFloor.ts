import { resolve } from 'node:path';
import { build } from 'vite';
import { startPreviewServer } from '../../tests/e2e/support/server.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the bare MapLibre floor page and serves it and the app's production build side by side. */
export async function startAppAndFloor() {
  const floorConfig = resolve(ROOT, 'bench/floor/vite.config.ts');
  await build({ configFile: floorConfig, logLevel: 'warn' });
  const appServer = await startPreviewServer();
  const floorServer = await startPreviewServer({
    configFile: floorConfig,
    root: resolve(ROOT, 'bench/floor'),
  });
  return { appServer, floorServer };
}
