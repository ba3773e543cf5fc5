import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMultiPolygon } from '../../src/core/validate/multipolygon-check.ts';
import { checkPolygon } from '../../src/core/validate/polygon-check.ts';
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
    if (!hole || x1 - x0 < 2 || y1 - y0 < 2) return rings;
    // On the grid when there is room, so other parts can lie in the hole touching its edges.
    const inset = x1 - x0 >= 3 && y1 - y0 >= 3 ? 1 : 0.5;
    rings.push(rectangle([x0 + inset, y0 + inset, x1 - inset, y1 - inset], perSide, true));
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

/** MultiPolygons with the verdict of GEOS `explain_validity` (shapely 1.8.5) beside each. */
const GEOS_CASES: { name: string; geos: string; codes: string[]; parts: Position[][][] }[] = [
  {
    name: 'a part in a hole, touching its lower edge at a point',
    geos: 'Valid Geometry',
    codes: [],
    parts: [
      [
        rectangle([0, 0, 4, 4], 1),
        [
          [1, 1],
          [1, 3],
          [3, 3],
          [3, 1],
          [1, 1],
        ],
      ],
      [
        [
          [2, 1],
          [2.5, 2],
          [1.5, 2],
          [2, 1],
        ],
      ],
    ],
  },
  {
    name: 'parts touching at a corner',
    geos: 'Valid Geometry',
    codes: [],
    parts: [[rectangle([0, 0, 1, 1], 3)], [rectangle([1, 1, 2, 2], 3)]],
  },
  {
    name: 'parts sharing an edge',
    geos: 'Self-intersection[1 1]',
    codes: ['parts-cross'],
    parts: [[rectangle([0, 0, 1, 1], 1)], [rectangle([1, 0, 2, 1], 1)]],
  },
  {
    name: 'a part inside another, touching its corner',
    geos: 'Nested shells[2 1]',
    codes: ['parts-nested'],
    parts: [
      [rectangle([0, 0, 4, 4], 1)],
      [
        [
          [0, 0],
          [2, 1],
          [1, 2],
          [0, 0],
        ],
      ],
    ],
  },
  {
    name: 'parts crossing',
    geos: 'Self-intersection[2 1]',
    codes: ['parts-cross'],
    parts: [[rectangle([0, 0, 2, 2], 1)], [rectangle([1, 1, 3, 3], 1)]],
  },
];

describe('checkMultiPolygon against GEOS', () => {
  for (const { name, geos, codes, parts } of GEOS_CASES) {
    it(`${name}: ${geos}`, () => {
      const reporter = new Reporter('parts.geojson');
      const mark = reporter.mark();
      checkMultiPolygon(parts, 'geometry.coordinates', reporter);
      const errors = reporter.draftsSince(mark).filter((draft) => draft.severity === 'error');
      expect(errors.map((draft) => draft.key)).toEqual(codes);
    });
  }
});

describe('checkPolygon with many holes', () => {
  it('compares holes found through the index: crossing and nested ones among 40', () => {
    const holes = Array.from({ length: 40 }, (_, i) =>
      rectangle([1 + 3 * i, 1, 2 + 3 * i, 2], 1, true),
    );
    holes.push(rectangle([4.5, 1.5, 5.5, 2.5], 1, true)); // crosses hole 2
    holes.push(rectangle([7.25, 1.25, 7.75, 1.75], 1, true)); // inside hole 3
    const reporter = new Reporter('holes.geojson');
    const mark = reporter.mark();
    checkPolygon([rectangle([0, 0, 130, 3], 1), ...holes], 'geometry.coordinates', reporter);
    const errors = reporter.draftsSince(mark).filter((draft) => draft.severity === 'error');
    expect(errors.map(({ key, params }) => [key, params.ring, params.other])).toEqual([
      ['holes-cross', 41, 2],
      ['holes-nested', 42, 3],
    ]);
  });
});
