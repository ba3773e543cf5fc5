import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzeInProcess as analyze } from './support/analyzeInProcess.ts';

// Both clippers give up, as they may on inputs nobody has found yet.
vi.mock('polygon-clipping', async () => {
  return (await import('./support/failingClippers.ts')).polygonClippingGivingUp;
});
vi.mock('polyclip-ts', async () => (await import('./support/failingClippers.ts')).polyclipGivingUp);

describe('giapranh analyze buffer when no clipper can unite the pieces', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-buffer-clip-failure-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('exits 3 (internal error) naming the file, the feature and both clippers', async () => {
    // A lone point needs no clipper; two wells' discs must be united.
    const features: Feature[] = [
      {
        type: 'Feature',
        id: 'well',
        properties: {},
        geometry: { type: 'Point', coordinates: [105.5, 21.2] },
      },
      {
        type: 'Feature',
        id: 'wells',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [105.5, 21.2],
            [105.501, 21.2],
          ],
        },
      },
    ];
    const path = join(scratch, 'wells.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
    const run = await analyze(['buffer', path, '--distance', '100']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `giapranh analyze: internal error (a bug of ours, please report it with the files): buffer of ${path}: ` +
        'feature 1 (id "wells"): buffer: polygon-clipping: Unable to complete output ring; polyclip-ts: Unable to find segment\n',
    );
  });
});
