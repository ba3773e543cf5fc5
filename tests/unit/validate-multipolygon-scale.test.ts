import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMultiPolygon } from '../../src/core/validate/multipolygon-check.ts';
import { type Draft, Reporter } from '../../src/core/validate/reporter.ts';
import type { Position } from '../../src/core/validate/walk.ts';
import { checkMultiPolygonReference } from './support/multipolygonReference.ts';

/**
 * The findings a check leaves for one MultiPolygon, as comparable text. Where two parts cross
 * at several places, the old check named the first its global edge index happened to return
 * and the new one the first in the parts' order: `near` is only checked to be on both parts'
 * boundaries, and left out of the comparison.
 */
function findingsOf(
  check: (polygons: Position[][][], path: string, reporter: Reporter) => void,
  polygons: Position[][][],
): string[] {
  const reporter = new Reporter('parts.geojson');
  const mark = reporter.mark();
  check(polygons, 'geometry.coordinates', reporter);
  const text = ({ key, path, params }: Draft) => {
    if (key !== 'parts-cross') return JSON.stringify([key, path, params]);
    const { near, ...rest } = params;
    const [x, y] = JSON.parse(String(near)) as [number, number];
    expect(onBoundary(x, y, polygons[Number(params.part)]!)).toBe(true);
    expect(onBoundary(x, y, polygons[Number(params.other)]!)).toBe(true);
    return JSON.stringify([key, path, rest]);
  };
  return reporter.draftsSince(mark).map(text);
}

/** Whether (x, y), as a message rounds it (5 decimals), lies on an edge of the polygon. */
function onBoundary(x: number, y: number, polygon: Position[][]): boolean {
  return polygon.some((ring) =>
    ring.slice(1).some((b, i) => {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = b as [number, number];
      const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length2));
      return Math.hypot(ax + t * (bx - ax) - x, ay + t * (by - ay) - y) <= 1e-5;
    }),
  );
}

/**
 * A closed rectangle ring from (x0, y0) to (x1, y1) with `perSide` edges on each side (so big
 * parts take the indexed paths), counter-clockwise, or clockwise for a hole.
 */
function rectangle(
  [x0, y0, x1, y1]: [number, number, number, number],
  perSide: number,
  clockwise = false,
): Position[] {
  const corners = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  if (clockwise) corners.reverse();
  const ring: Position[] = [];
  for (let c = 0; c < 4; c++) {
    const [ax, ay] = corners[c]!;
    const [bx, by] = corners[(c + 1) % 4]!;
    for (let i = 0; i < perSide; i++) {
      ring.push([ax! + ((bx! - ax!) * i) / perSide, ay! + ((by! - ay!) * i) / perSide]);
    }
  }
  ring.push([...ring[0]!]);
  return ring;
}

const GRID = 8;

/** A rectangle on a small integer grid: parts then touch, share edges, cross and nest often. */
const box = fc
  .tuple(
    fc.integer({ min: 0, max: GRID - 1 }),
    fc.integer({ min: 0, max: GRID - 1 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([x, y, w, h]): [number, number, number, number] => [x, y, x + w, y + h]);

/** A part: a rectangle, sometimes with a rectangular hole, its sides cut in 1 to 24 edges. */
const part = fc
  .record({
    shell: box,
    perSide: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 24 })),
    hole: fc.boolean(),
  })
  .map(({ shell, perSide, hole }): Position[][] => {
    const [x0, y0, x1, y1] = shell;
    const rings = [rectangle(shell, perSide)];
    if (hole && x1 - x0 >= 2 && y1 - y0 >= 2) {
      rings.push(rectangle([x0 + 0.5, y0 + 0.5, x1 - 0.5, y1 - 0.5], perSide, true));
    }
    return rings;
  });

/** A triangle on the grid: slanted edges cross rectangles properly and touch them at vertices. */
const triangle = fc
  .array(fc.tuple(fc.integer({ min: 0, max: GRID }), fc.integer({ min: 0, max: GRID })), {
    minLength: 3,
    maxLength: 3,
  })
  .map((points): Position[][] => [[...points, points[0]!]]);

const multiPolygon = (maxParts: number) =>
  fc.array(fc.oneof(part, part, triangle), { minLength: 2, maxLength: maxParts });

describe('checkMultiPolygon at scale', () => {
  it('finds what the simple reference finds, in the same order, on small MultiPolygons', () => {
    fc.assert(
      fc.property(multiPolygon(8), (polygons) => {
        expect(findingsOf(checkMultiPolygon, polygons)).toEqual(
          findingsOf(checkMultiPolygonReference, polygons),
        );
      }),
      { numRuns: 600 },
    );
  });

  it('finds what the reference finds when there are enough parts to index them', () => {
    fc.assert(
      fc.property(multiPolygon(60), (polygons) => {
        const sorted = (list: string[]) => [...list].sort();
        expect(sorted(findingsOf(checkMultiPolygon, polygons))).toEqual(
          sorted(findingsOf(checkMultiPolygonReference, polygons)),
        );
      }),
      { numRuns: 150 },
    );
  });
});
