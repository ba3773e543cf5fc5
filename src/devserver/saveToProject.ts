import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SAVE_ENDPOINT } from '../core/document/saveEndpoint.ts';
import { handleSaveRequest } from './saveRequest.ts';

/** A changeset larger than this is refused unread (the whole bundled data is ~0.1 MB). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** How long after a save the written files' change events are ignored (a write and a rename). */
const QUIET_MS = 5000;

/**
 * The dev server's "Save to project": `POST /__giapranh/save` with a changeset writes the edited
 * layers into `data/geojson/` (see `handleSaveRequest` for who may). `npm run dev` only; the
 * production build has no such endpoint and offers the changeset file for `giapranh apply`.
 */
export function saveToProject(): Plugin {
  let dataDir = '';
  /** Files just saved, so the app that saved them is not reloaded under the planner's hands. */
  const justSaved = new Map<string, number>();
  return {
    name: 'giapranh-save-to-project',
    apply: 'serve',
    configResolved(config) {
      dataDir = resolve(config.root, 'data', 'geojson');
    },
    handleHotUpdate(context) {
      const until = justSaved.get(resolve(context.file));
      return until !== undefined && Date.now() < until ? [] : undefined;
    },
    configureServer(server) {
      server.middlewares.use(SAVE_ENDPOINT, (req, res) => {
        readBody(req).then(
          (body) => {
            const response = handleSaveRequest(
              {
                method: req.method ?? '',
                headers: req.headers,
                remoteAddress: req.socket.remoteAddress,
                body,
              },
              dataDir,
            );
            if (response.body.ok) {
              for (const layer of response.body.written)
                justSaved.set(resolve(dataDir, layer.file), Date.now() + QUIET_MS);
            }
            res.statusCode = response.status;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(response.body));
          },
          (error: Error) => {
            res.statusCode = 413;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify({ ok: false, message: error.message }));
          },
        );
      });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('the changeset is too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
