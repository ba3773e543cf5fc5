import type { Feature, Position } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { ClipFailure } from '../../src/core/analysis/clip-intersection.ts';
import { overlapBetween } from '../../src/core/analysis/index.ts';

// Both clippers give up, as they may on inputs nobody has found yet.
vi.mock('polygon-clipping', () => ({
  default: {
    intersection: () => {
      throw new Error('Unable to complete output ring');
    },
  },
}));
vi.mock('polyclip-ts', () => ({
  intersection: () => {
    throw new Error('Unable to find segment');
  },
}));

const square = (west: number, south: number, sizeDegrees: number): Position[] => [
  [west, south],
  [west + sizeDegrees, south],
  [west + sizeDegrees, south + sizeDegrees],
  [west, south + sizeDegrees],
  [west, south],
];

const zone = (id: string, west: number): Feature => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: { type: 'Polygon', coordinates: [square(west, 21, 0.01)] },
});

describe('overlapBetween when no clipper can intersect a pair', () => {
  it('stops with a ClipFailure naming both features and both clippers’ reasons', async () => {
    const failure = overlapBetween(
      [zone('apart', 105.3), zone('zone-7', 105.5)],
      [zone('road', 105.505)],
    );
    await expect(failure).rejects.toBeInstanceOf(ClipFailure);
    await expect(failure).rejects.toThrow(
      'Cannot intersect A feature zone-7 (index 1) with B feature road (index 0): ' +
        'polygon-clipping: Unable to complete output ring; polyclip-ts: Unable to find segment',
    );
  });
});
