import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A folder served over HTTP on 127.0.0.1 at a free port, until `close`. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the production build (dist/) as `vite preview` does, byte ranges included (the
 * basemap's PMTiles archive is read in ranges), on the loopback address only.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const handler = sirv(folder, { dev: false, etag: false, gzip: false, brotli: false });
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
