import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildChangeset, DocumentStore, SAVE_ENDPOINT } from '../../src/core/document/index.ts';
import { handleSaveRequest, type SaveRequest } from '../../src/devserver/saveRequest.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'data', 'geojson');

/** A changeset that renames one industrial zone, made against the files in `dir`. */
function renameChangeset(dir: string): string {
  const store = new DocumentStore();
  const text = readFileSync(join(dir, 'industrial-zones.geojson'), 'utf8');
  store.loadLayer('industrial-zones', JSON.parse(text));
  const zone = store.getSnapshot().layers.get('industrial-zones')!.features.get('iz-quang-minh')!;
  store.apply({
    put: [
      {
        layer: 'industrial-zones',
        key: 'iz-quang-minh',
        feature: { ...zone, properties: { ...zone.properties, notes: 'Saved from the app' } },
      },
    ],
    delete: [],
  });
  return JSON.stringify(buildChangeset(store.getSnapshot(), store.getBase()).changeset);
}

/** What Chromium sends when the app on `npm run dev` posts a changeset. */
function fromTheApp(body: string): SaveRequest {
  return {
    method: 'POST',
    headers: {
      host: 'localhost:5173',
      origin: 'http://localhost:5173',
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    },
    remoteAddress: '127.0.0.1',
    body,
  };
}

describe('POST /__giapranh/save', () => {
  let data: string;
  let before: string;

  beforeEach(() => {
    data = join(mkdtempSync(join(tmpdir(), 'giapranh-save-')), 'geojson');
    cpSync(DATA, data, { recursive: true });
    before = readFileSync(join(data, 'industrial-zones.geojson'), 'utf8');
  });
  afterEach(() => rmSync(resolve(data, '..'), { recursive: true, force: true }));

  const unchanged = () => readFileSync(join(data, 'industrial-zones.geojson'), 'utf8') === before;

  it('writes a same-origin changeset from localhost into the layer file', () => {
    const response = handleSaveRequest(fromTheApp(renameChangeset(data)), data);
    expect(response).toEqual({
      status: 200,
      body: {
        ok: true,
        written: [
          {
            layer: 'industrial-zones',
            file: 'industrial-zones.geojson',
            added: 0,
            modified: 1,
            deleted: 0,
          },
        ],
      },
    });
    expect(readFileSync(join(data, 'industrial-zones.geojson'), 'utf8')).toContain(
      'Saved from the app',
    );
  });

  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['no Origin', { origin: undefined }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    [
      'a page on another host name (DNS rebinding)',
      { host: 'evil.example:5173', origin: 'http://evil.example:5173' },
    ],
    [
      'the dev server exposed on the network',
      { host: '192.168.1.20:5173', origin: 'http://192.168.1.20:5173' },
    ],
    ['a form post (not JSON)', { 'content-type': 'text/plain' }],
  ])('refuses %s and writes nothing', (_, headers) => {
    const request = fromTheApp(renameChangeset(data));
    const response = handleSaveRequest(
      { ...request, headers: { ...request.headers, ...headers } },
      data,
    );
    expect(response.status).toBeGreaterThanOrEqual(403);
    expect(response.body.ok).toBe(false);
    expect(unchanged()).toBe(true);
  });

  it('refuses a peer that is not this computer', () => {
    const request = { ...fromTheApp(renameChangeset(data)), remoteAddress: '192.168.1.7' };
    expect(handleSaveRequest(request, data).status).toBe(403);
    expect(unchanged()).toBe(true);
  });

  it('refuses GET', () => {
    expect(handleSaveRequest({ ...fromTheApp(''), method: 'GET' }, data).status).toBe(405);
  });

  it('takes no path from the request: a layer id like a path is refused, nothing outside is written', () => {
    const changeset = JSON.parse(renameChangeset(data));
    changeset.layers['../../evil'] = changeset.layers['industrial-zones'];
    const response = handleSaveRequest(fromTheApp(JSON.stringify(changeset)), data);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      ok: false,
      message: expect.stringContaining('../../evil'),
    });
    expect(unchanged()).toBe(true);
    expect(readdirSync(resolve(data, '..'))).toEqual(['geojson']);
  });

  it('answers 409 with the conflicting features when the file changed on disk', () => {
    const body = renameChangeset(data);
    handleSaveRequest(fromTheApp(body), data);
    const response = handleSaveRequest(
      fromTheApp(body.replace('Saved from the app', 'Again')),
      data,
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      message: expect.stringContaining('iz-quang-minh: changed on disk'),
    });
  });
});

describe('the dev server', () => {
  it('serves the endpoint from vite.config.ts, to the app and no one else', async () => {
    const { createServer } = await import('vite');
    const server = await createServer({
      root: resolve(import.meta.dirname, '..', '..'),
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
    try {
      const address = server.httpServer!.address() as { port: number };
      const host = `127.0.0.1:${address.port}`;
      const empty = JSON.stringify({
        format: 'giapranh-changeset',
        version: 1,
        created: 'now',
        layers: {},
      });
      const post = (origin: string) =>
        fetch(`http://${host}${SAVE_ENDPOINT}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: empty,
        });
      const fromApp = await post(`http://${host}`);
      expect(fromApp.status).toBe(200);
      expect(await fromApp.json()).toEqual({ ok: true, written: [] });
      expect((await post('https://evil.example')).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
