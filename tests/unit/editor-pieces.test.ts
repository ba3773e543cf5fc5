import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editablePart, signedArea, withPartReplaced } from '../../src/editor/editablePart.ts';
import { listPieces, withHoleAdded, withPieceRemoved } from '../../src/editor/featurePieces.ts';

type Ring = GeoJSON.Position[];

/** A counter-clockwise square ring (an outline, as RFC 7946 winds it). */
function ccw(x: number, y: number, size: number): Ring {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}
const cw = (x: number, y: number, size: number): Ring => ccw(x, y, size).reverse();

function feature(geometry: GeoJSON.Geometry): GeoJSON.Feature {
  return { type: 'Feature', id: 'z', properties: { name: 'Zone' }, geometry };
}

const withHole = feature({ type: 'Polygon', coordinates: [ccw(0, 0, 10), cw(2, 2, 2)] });
const twoParts = feature({
  type: 'MultiPolygon',
  coordinates: [[ccw(0, 0, 10)], [ccw(20, 0, 10), cw(22, 2, 2), cw(25, 5, 2)]],
});
const twoLines = feature({
  type: 'MultiLineString',
  coordinates: [
    [
      [0, 0],
      [1, 1],
    ],
    [
      [5, 5],
      [6, 5],
      [7, 6],
    ],
  ],
});

describe('the pieces of a feature', () => {
  it('lists every ring of every polygon part, and every line', () => {
    expect(listPieces(withHole.geometry)).toEqual([
      { part: 0, ring: 0, kind: 'outline' },
      { part: 0, ring: 1, kind: 'hole' },
    ]);
    expect(listPieces(twoParts.geometry).map((p) => `${p.part}.${p.ring} ${p.kind}`)).toEqual([
      '0.0 outline',
      '1.0 outline',
      '1.1 hole',
      '1.2 hole',
    ]);
    expect(listPieces(twoLines.geometry).map((p) => p.part)).toEqual([0, 1]);
  });

  it('hands a hole to the session as an outer ring, and takes it back wound as a hole', () => {
    const piece = editablePart(withHole, { ring: 1 })!;
    expect(piece.ring).toBe(1);
    expect(signedArea(piece.geometry.coordinates[0] as Ring)).toBeGreaterThan(0);
    const moved = structuredClone(piece.geometry) as GeoJSON.Polygon;
    moved.coordinates[0]![2] = [5, 5];
    const back = withPartReplaced(withHole, piece, moved).geometry as GeoJSON.Polygon;
    expect(signedArea(back.coordinates[1]!)).toBeLessThan(0);
    expect(back.coordinates[1]).toContainEqual([5, 5]);
    expect(back.coordinates[0]).toBe((withHole.geometry as GeoJSON.Polygon).coordinates[0]);
  });

  it('hands terra-draw positions without altitude (a KML point at 0 m could not be dragged)', () => {
    const point = editablePart(feature({ type: 'Point', coordinates: [105.672, 21.205, 0] }))!;
    expect(point.geometry.coordinates).toEqual([105.672, 21.205]);
    const line = editablePart(
      feature({
        type: 'LineString',
        coordinates: [
          [0, 0, 12],
          [1, 1, 15],
        ],
      }),
    )!;
    expect(line.geometry.coordinates).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const zone = editablePart(
      feature({ type: 'Polygon', coordinates: [ccw(0, 0, 10).map(([x, y]) => [x!, y!, 0])] }),
    )!;
    expect(zone.geometry.coordinates[0]).toEqual(ccw(0, 0, 10));
  });

  it('edits a hole of the second part of a MultiPolygon and the second line of a MultiLineString', () => {
    const hole = editablePart(twoParts, { part: 1, ring: 2 })!;
    expect([hole.part, hole.ring]).toEqual([1, 2]);
    const moved = structuredClone(hole.geometry) as GeoJSON.Polygon;
    moved.coordinates[0]![1] = [26.5, 5.5];
    const back = withPartReplaced(twoParts, hole, moved).geometry as GeoJSON.MultiPolygon;
    expect(back.coordinates[1]![2]).toContainEqual([26.5, 5.5]);
    expect(back.coordinates[0]).toBe((twoParts.geometry as GeoJSON.MultiPolygon).coordinates[0]);
    expect(back.coordinates[1]![1]).toBe(
      (twoParts.geometry as GeoJSON.MultiPolygon).coordinates[1]![1],
    );

    const line = editablePart(twoLines, { part: 1 })!;
    expect(line.geometry.coordinates).toEqual([
      [5, 5],
      [6, 5],
      [7, 6],
    ]);
    const straightened: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [5, 5],
        [7, 5],
      ],
    };
    const lines = withPartReplaced(twoLines, line, straightened)
      .geometry as GeoJSON.MultiLineString;
    expect(lines.coordinates[1]).toEqual(straightened.coordinates);
    expect(lines.coordinates[0]).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('gives back the identical feature for every piece the session did not change', () => {
    const ring = fc
      .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.boolean())
      .map(([x, y, clockwise]) => (clockwise ? cw(x, y, 3) : ccw(x, y, 3)));
    const polygon = fc.array(ring, { minLength: 1, maxLength: 4 });
    const geometry = fc.oneof(
      polygon.map((coordinates): GeoJSON.Geometry => ({ type: 'Polygon', coordinates })),
      fc
        .array(polygon, { minLength: 1, maxLength: 3 })
        .map((coordinates): GeoJSON.Geometry => ({ type: 'MultiPolygon', coordinates })),
    );
    fc.assert(
      fc.property(geometry, (g) => {
        const original = feature(g);
        for (const ref of listPieces(g)) {
          const piece = editablePart(original, ref)!;
          expect([piece.part, piece.ring]).toEqual([ref.part, ref.ring]);
          const untouched = structuredClone(piece.geometry);
          expect(withPartReplaced(original, piece, untouched)).toEqual(original);
        }
      }),
    );
  });
});

describe('adding and deleting holes and parts', () => {
  it('adds a ring drawn inside a zone as its hole, wound clockwise, and refuses one outside', () => {
    const zone = feature({ type: 'Polygon', coordinates: [ccw(0, 0, 10)] });
    const added = withHoleAdded(zone, ccw(4, 4, 2))!;
    expect([added.part, added.ring]).toEqual([0, 1]);
    const rings = (added.feature.geometry as GeoJSON.Polygon).coordinates;
    expect(rings).toHaveLength(2);
    expect(signedArea(rings[1]!)).toBeLessThan(0);
    expect(withHoleAdded(zone, ccw(40, 40, 2))).toBeUndefined();

    const intoSecond = withHoleAdded(twoParts, ccw(27, 1, 1))!;
    expect([intoSecond.part, intoSecond.ring]).toEqual([1, 3]);
  });

  it('deletes a hole, a part, a line; never the only outline', () => {
    const noHole = withPieceRemoved(withHole, { part: 0, ring: 1 })!;
    expect((noHole.geometry as GeoJSON.Polygon).coordinates).toEqual([ccw(0, 0, 10)]);
    expect(withPieceRemoved(withHole, { part: 0, ring: 0 })).toBeUndefined();
    const onePart = withPieceRemoved(twoParts, { part: 0, ring: 0 })!;
    expect((onePart.geometry as GeoJSON.MultiPolygon).coordinates).toHaveLength(1);
    const oneLine = withPieceRemoved(twoLines, { part: 0, ring: 0 })!;
    expect((oneLine.geometry as GeoJSON.MultiLineString).coordinates).toEqual([
      [
        [5, 5],
        [6, 5],
        [7, 6],
      ],
    ]);
  });
});
