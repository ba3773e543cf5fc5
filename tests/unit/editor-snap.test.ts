import { describe, expect, it } from 'vitest';
import { buildSnapIndex, type ScreenProjection } from '../../src/editor/snap/snapIndex.ts';

// A flat screen: 10,000 px a degree, so 1 px is 0.0001°.
const SCREEN: ScreenProjection = {
  project: ([lng, lat]) => ({ x: lng * 10_000, y: -lat * 10_000 }),
  unproject: ({ x, y }) => [x / 10_000, -y / 10_000],
};

const line = (id: string, coordinates: number[][]): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: { type: 'LineString', coordinates },
});

describe('the snap index', () => {
  const border = line('border', [
    [105.7, 21.2],
    [105.71, 21.2],
    [105.71, 21.21],
  ]);

  it('snaps to a vertex within the tolerance, before the edge under it', () => {
    const index = buildSnapIndex([border]);
    const target = index.snap([105.71 + 0.0003, 21.2 + 0.0002], 10, SCREEN);
    expect(target?.kind).toBe('vertex');
    expect(target?.position).toEqual([105.71, 21.2]);
  });

  it('snaps onto an edge exactly when no vertex is near', () => {
    const index = buildSnapIndex([border]);
    const target = index.snap([105.705, 21.2 + 0.0004], 10, SCREEN);
    expect(target?.kind).toBe('edge');
    expect(target?.position[0]).toBeCloseTo(105.705, 12);
    expect(target?.position[1]).toBe(21.2);
    expect(target?.distancePx).toBeCloseTo(4, 6);
  });

  it('leaves the pointer alone beyond the tolerance', () => {
    const index = buildSnapIndex([border]);
    expect(index.snap([105.705, 21.2 + 0.0011], 10, SCREEN)).toBeUndefined();
  });

  it('finds the one near segment among 10,000 polygons', () => {
    const zones: GeoJSON.Feature[] = [];
    for (let i = 0; i < 10_000; i++) {
      const [x, y] = [105 + (i % 100) * 0.01, 21 + Math.floor(i / 100) * 0.01];
      zones.push({
        type: 'Feature',
        id: `z${i}`,
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.005, y],
              [x + 0.005, y + 0.005],
              [x, y],
            ],
          ],
        },
      });
    }
    const index = buildSnapIndex(zones);
    expect(index.segmentCount).toBe(30_000);
    // Zone 5,050 has its corner at (105.5, 21.5).
    const target = index.snap([105.5 + 0.0002, 21.5 - 0.0001], 10, SCREEN);
    expect(target).toEqual({
      kind: 'vertex',
      position: [105.5, 21.5],
      distancePx: expect.any(Number),
    });
  });
});
