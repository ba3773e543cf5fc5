import fc from 'fast-check';
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { overlapBetween } from '../../src/core/analysis/index.ts';

/**
 * Random rectilinear polygons on a 16 × 16 grid of 1/1024° cells (about 100 m), so every
 * coordinate is an exact double and edges are shared exactly, as in data cut along the same
 * lines; some rings carry extra vertices along their sides. The oracle needs no clipper:
 * count the grid cells inside both polygons. The engine's shared polygons, read back in grid
 * units, must have exactly that planar area, and neither share may pass 1 on the ellipsoid.
 */
const LON0 = 105.5;
const LAT0 = 21;
const UNIT = 1 / 1024;
const SIZE = 16;

type Rect = readonly [number, number, number, number];

/** Polygons as rectangles: each polygon a shell and its holes, in grid units. */
type Shape = Rect[][];

const toLonLat = (x: number, y: number): Position => [LON0 + x * UNIT, LAT0 + y * UNIT];

/** A rectangle's ring; `dense` adds a vertex in the middle of each side (a straight run). */
function ring([w, s, e, n]: Rect, clockwise: boolean, dense: boolean): Position[] {
  const corners: [number, number][] = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ];
  const points = dense
    ? corners.flatMap(([x, y], k) => {
        const [nx, ny] = corners[(k + 1) % 4] as [number, number];
        return [
          [x, y],
          [(x + nx) / 2, (y + ny) / 2],
        ];
      })
    : corners;
  const positions = points.map(([x, y]) => toLonLat(x as number, y as number));
  if (clockwise) positions.reverse();
  return [...positions, positions[0] as Position];
}

function toFeature(id: string, shape: Shape, dense: boolean): Feature {
  const polygons = shape.map(([shell, ...holes]) => [
    ring(shell as Rect, false, dense),
    ...holes.map((hole) => ring(hole, true, dense)),
  ]);
  return {
    type: 'Feature',
    id,
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

const inside = ([w, s, e, n]: Rect, x: number, y: number) => x > w && x < e && y > s && y < n;

/** Whether the centre of grid cell (i, j) lies in the shape (in a shell, not in its holes). */
function covers(shape: Shape, i: number, j: number): boolean {
  return shape.some(
    ([shell, ...holes]) =>
      inside(shell as Rect, i + 0.5, j + 0.5) && !holes.some((h) => inside(h, i + 0.5, j + 0.5)),
  );
}

function sharedCells(a: Shape, b: Shape): number {
  let count = 0;
  for (let i = 0; i < SIZE; i++) {
    for (let j = 0; j < SIZE; j++) if (covers(a, i, j) && covers(b, i, j)) count++;
  }
  return count;
}

/** The planar area of MultiPolygon coordinates in grid cells (outer rings less holes). */
function gridArea(polygons: readonly Position[][][]): number {
  let area = 0;
  for (const [outer, ...holes] of polygons) {
    area += Math.abs(ringArea(outer ?? []));
    for (const hole of holes) area -= Math.abs(ringArea(hole));
  }
  return area;
}

function ringArea(lonLat: readonly Position[]): number {
  const points = lonLat.map((p) => [
    ((p[0] as number) - LON0) / UNIT,
    ((p[1] as number) - LAT0) / UNIT,
  ]);
  let twice = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const [x0, y0] = points[k] as number[];
    const [x1, y1] = points[k + 1] as number[];
    twice += (x0 as number) * (y1 as number) - (x1 as number) * (y0 as number);
  }
  return twice / 2;
}

const rect = (minSize: number): fc.Arbitrary<Rect> =>
  fc
    .tuple(fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 0, max: SIZE }))
    .chain(([w, s]) =>
      fc
        .tuple(
          fc.integer({ min: w + minSize, max: SIZE + minSize }),
          fc.integer({ min: s + minSize, max: SIZE + minSize }),
        )
        .map(([e, n]): Rect => [w, s, Math.min(e, SIZE), Math.min(n, SIZE)]),
    )
    .filter(([w, s, e, n]) => e - w >= minSize && n - s >= minSize);

/** A rectangle with up to two holes strictly inside it and apart from each other. */
const holedRect: fc.Arbitrary<Rect[]> = fc
  .tuple(rect(4), fc.array(rect(1), { maxLength: 2 }))
  .map(([shell, candidates]) => {
    const holes: Rect[] = [];
    for (const hole of candidates) {
      const within =
        hole[0] > shell[0] && hole[1] > shell[1] && hole[2] < shell[2] && hole[3] < shell[3];
      const apart = holes.every(
        (h) => hole[2] < h[0] || h[2] < hole[0] || hole[3] < h[1] || h[3] < hole[1],
      );
      if (within && apart) holes.push(hole);
    }
    return [shell, ...holes];
  });

/** A (Multi)Polygon: one holed rectangle, or two rectangles apart from each other. */
const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  holedRect.map((polygon) => [polygon]),
  fc
    .tuple(rect(1), rect(1))
    .filter(([p, q]) => p[2] < q[0] || q[2] < p[0] || p[3] < q[1] || q[3] < p[1])
    .map(([p, q]) => [[p], [q]]),
);

/** B: any shape, or one made from A (its copy, a hole of it as a polygon, its shell). */
const pairArb: fc.Arbitrary<[Shape, Shape]> = shapeArb.chain((a) =>
  fc.oneof(
    shapeArb.map((b): [Shape, Shape] => [a, b]),
    fc.constant<[Shape, Shape]>([a, a]),
    fc.constant<[Shape, Shape]>([a, a.map(([shell]) => [shell as Rect])]),
    fc.constant<[Shape, Shape]>([a, a.flatMap((polygon) => polygon.slice(1).map((h) => [h]))]),
  ),
);

describe('overlap of random polygons on a shared grid', () => {
  it('shares exactly the grid cells inside both, both ways round, never more than all', async () => {
    await fc.assert(
      fc.asyncProperty(pairArb, fc.boolean(), fc.boolean(), async ([a, b], denseA, denseB) => {
        if (b.length === 0) return;
        const cells = sharedCells(a, b);
        for (const [first, second] of [
          [toFeature('a', a, denseA), toFeature('b', b, denseB)],
          [toFeature('b', b, denseB), toFeature('a', a, denseA)],
        ] as const) {
          const rows = await overlapBetween([first], [second]);
          if (cells === 0) {
            expect(rows).toEqual([]);
            continue;
          }
          expect(rows).toHaveLength(1);
          const row = rows[0];
          expect(Math.abs(gridArea(row?.geometry.coordinates ?? []) - cells)).toBeLessThan(1e-6);
          expect(row?.shareOfA).toBeLessThanOrEqual(1 + 1e-9);
          expect(row?.shareOfB).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      { numRuns: 400, seed: 6 },
    );
  });
});
