import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultAssembler } from '../../src/core/checks/transfer.ts';
import type { FromWorker, ToWorker } from '../../src/core/checks/worker-protocol.ts';

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);
const read = (name: string) =>
  (JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as FeatureCollection).features;

/** Loads the worker entry against a stand-in for the worker global scope. */
describe('checks.worker', () => {
  const replies: FromWorker[] = [];
  let send: (message: ToWorker) => void;
  const previousSelf = (globalThis as { self?: unknown }).self;

  beforeAll(async () => {
    const scope = { postMessage: (reply: FromWorker) => replies.push(reply), onmessage: null };
    (globalThis as { self?: unknown }).self = scope;
    await import('../../src/workers/checks.worker.ts');
    const handler = scope.onmessage as unknown as (event: { data: ToWorker }) => void;
    send = (message) => handler({ data: message });
  });
  afterAll(() => {
    (globalThis as { self?: unknown }).self = previousSelf;
  });

  const settled = (jobId: number) =>
    new Promise<FromWorker>((resolve) => {
      const poll = () => {
        const last = replies.find(
          (r) =>
            r.jobId === jobId &&
            (r.type === 'done' || r.type === 'cancelled' || r.type === 'error'),
        );
        if (last) resolve(last);
        else setTimeout(poll, 5);
      };
      poll();
    });

  const ship = (
    layerId: string,
    version: number,
    features: FeatureCollection['features'],
    partSize: number,
  ) => {
    for (let start = 0; start === 0 || start < features.length; start += partSize) {
      send({
        type: 'layer-part',
        layerId,
        version,
        first: start === 0,
        features: features.slice(start, start + partSize),
      });
    }
  };

  it('assembles layers sent in parts, runs an overlap and returns it in slices, with progress', async () => {
    ship('a', 1, read('overlap-a.geojson'), 7);
    ship('b', 1, read('overlap-b.geojson'), 1000);
    send({
      type: 'run',
      jobId: 1,
      spec: { kind: 'overlap', a: { layerId: 'a' }, b: { layerId: 'b' } },
      versions: { a: 1, b: 1 },
    });
    expect((await settled(1)).type).toBe('done');
    const assembler = new ResultAssembler();
    for (const reply of replies)
      if (reply.jobId === 1 && reply.type === 'chunk') assembler.add(reply.chunk);
    // 62 pairs: the GEOS reference count for these fixtures (tests/fixtures/analysis).
    expect(assembler.result().table.rows).toHaveLength(62);
    expect(replies.some((r) => r.jobId === 1 && r.type === 'progress')).toBe(true);
  });

  it('reuses a layer it already holds, and refuses a version it was never sent', async () => {
    send({
      type: 'run',
      jobId: 2,
      spec: { kind: 'corridor', of: { layerId: 'b' }, distanceMeters: 50 },
      versions: { b: 1 },
    });
    expect((await settled(2)).type).toBe('done');
    send({
      type: 'run',
      jobId: 3,
      spec: { kind: 'corridor', of: { layerId: 'b' }, distanceMeters: 50 },
      versions: { b: 2 },
    });
    const reply = await settled(3);
    expect(reply.type === 'error' && reply.message).toMatch(/never sent/);
  });

  it('stops a long job on cancel and says so', async () => {
    const zones = read('overlap-a.geojson');
    // Distinct ids: a repeated id is invalid, and the check would leave the copies out.
    const copies = Array.from({ length: 30 }, (_, k) =>
      zones.map((zone) => ({ ...zone, id: `${zone.id}-${k}` })),
    );
    ship('many', 1, copies.flat(), 1000);
    send({
      type: 'run',
      jobId: 4,
      spec: { kind: 'overlap', a: { layerId: 'many' }, b: { layerId: 'b' } },
      versions: { many: 1, b: 1 },
    });
    setTimeout(() => send({ type: 'cancel', jobId: 4 }), 20);
    expect((await settled(4)).type).toBe('cancelled');
  });
});
