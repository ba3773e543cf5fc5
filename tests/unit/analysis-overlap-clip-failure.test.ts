import { describe, expect, it, vi } from 'vitest';
import { ClipFailure } from '../../src/core/analysis/clip-intersection.ts';
import { overlapBetween } from '../../src/core/analysis/index.ts';
import { BOTH_CLIPPERS_GAVE_UP, zone } from './support/failingClippers.ts';

// Both clippers give up, as they may on inputs nobody has found yet.
vi.mock('polygon-clipping', async () => {
  return (await import('./support/failingClippers.ts')).polygonClippingGivingUp;
});
vi.mock('polyclip-ts', async () => (await import('./support/failingClippers.ts')).polyclipGivingUp);

describe('overlapBetween when no clipper can intersect a pair', () => {
  it('stops with a ClipFailure naming both features and both clippers’ reasons', async () => {
    const failure = overlapBetween(
      [zone('apart', 105.3), zone('zone-7', 105.5)],
      [zone('road', 105.505)],
    );
    await expect(failure).rejects.toBeInstanceOf(ClipFailure);
    await expect(failure).rejects.toThrow(
      'Cannot intersect A feature zone-7 (index 1) with B feature road (index 0): ' +
        BOTH_CLIPPERS_GAVE_UP,
    );
  });
});
