import { afterEach, describe, expect, it, vi } from 'vitest';

type Handler = (mapId: string, params: unknown, abort?: AbortController) => Promise<unknown>;

/** A stand-in for MapLibre's worker scope: the protocol hook and the actor's handlers. */
function fakeWorkerScope(loadData: Handler) {
  const handlers: Record<string, Handler> = { LD: loadData };
  const scope = {
    addProtocol: vi.fn(),
    worker: { actor: { messageHandlers: handlers } },
  };
  (globalThis as { self?: unknown }).self = scope;
  return handlers;
}

async function loadWorkerScript() {
  vi.resetModules();
  await import('../../src/map/chunks/blobTextProtocol.worker.mjs');
}

const parsed = { type: 'FeatureCollection', features: [{ type: 'Feature' }] };

describe("the map workers' blob protocol script", () => {
  afterEach(() => {
    delete (globalThis as { self?: unknown }).self;
  });

  it('does not send the GeoJSON it read from one of our blob URLs back to the page', async () => {
    const handlers = fakeWorkerScope(async () => ({ data: parsed, resourceTiming: {} }));
    await loadWorkerScript();
    const answer = await handlers.LD!('map-1', {
      request: { url: 'giapranh-blob://blob:http://localhost/123' },
    });
    expect(answer).toEqual({ resourceTiming: {} });
  });

  it('leaves the answer for any other URL as MapLibre made it', async () => {
    const handlers = fakeWorkerScope(async () => ({ data: parsed }));
    await loadWorkerScript();
    const answer = await handlers.LD!('map-1', { request: { url: 'https://example.org/a.json' } });
    expect(answer).toEqual({ data: parsed });
  });

  it('passes the map, the parameters and the abort controller on to MapLibre', async () => {
    const loadData = vi.fn(async () => ({}));
    const handlers = fakeWorkerScope(loadData);
    await loadWorkerScript();
    const abort = new AbortController();
    const params = { request: { url: 'giapranh-blob://blob:x' } };
    await handlers.LD!('map-2', params, abort);
    expect(loadData).toHaveBeenCalledWith('map-2', params, abort);
  });
});
