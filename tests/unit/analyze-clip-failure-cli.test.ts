import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeInProcess as analyze } from './support/analyzeInProcess.ts';
import { BOTH_CLIPPERS_GAVE_UP, zone } from './support/failingClippers.ts';

// Both clippers give up, as they may on inputs nobody has found yet.
vi.mock('polygon-clipping', async () => {
  return (await import('./support/failingClippers.ts')).polygonClippingGivingUp;
});
vi.mock('polyclip-ts', async () => (await import('./support/failingClippers.ts')).polyclipGivingUp);

describe('giapranh analyze overlap when no clipper can intersect a pair', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'giapranh-clip-failure-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());
  const write = (name: string, features: Feature[]) => {
    const path = join(scratch, name);
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
    return path;
  };

  it('exits 3 (internal error, not "invalid") naming both files, both features and both clippers', async () => {
    const a = write('zones.geojson', [zone('apart', 105.3), zone('zone-7', 105.5)]);
    const b = write('roads.geojson', [zone('road', 105.505)]);
    const run = await analyze(['overlap', '--a', a, '--b', b]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `giapranh analyze: internal error (a bug of ours, please report it with the files): overlap of ${a} (A) and ${b} (B): ` +
        'Cannot intersect A feature zone-7 (index 1) with B feature road (index 0): ' +
        `${BOTH_CLIPPERS_GAVE_UP}\n`,
    );
  });
});
