import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanarPoint, PlanarPolygon } from '../../src/core/analysis/buffer-pieces.ts';
import { outlineBuffer } from '../../src/core/analysis/outline-buffer.ts';
import { type PlanarShapes, piecesBuffer } from '../../src/core/analysis/planar-buffer.ts';

/** Area of planar polygons (outer ring minus holes), in m². */
function area(polygons: PlanarPolygon[]): number {
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, k) => {
      let twice = 0;
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as PlanarPoint;
        const b = ring[i + 1] as PlanarPoint;
        twice += a[0] * b[1] - b[0] * a[1];
      }
      total += (k === 0 ? 1 : -1) * Math.abs(twice / 2);
    });
  }
  return total;
}

function ringCount(polygons: PlanarPolygon[]): number[] {
  return polygons.map((rings) => rings.length).sort();
}

/** A star-shaped ring (never self-intersecting) around (cx, cy), anticlockwise unless `clockwise`. */
function star(cx: number, cy: number, radii: number[], clockwise: boolean): PlanarPoint[] {
  const ring: PlanarPoint[] = radii.map((r, k) => {
    const angle = ((clockwise ? -k : k) * 2 * Math.PI) / radii.length;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  return [...ring, ring[0] as PlanarPoint];
}

const radii = (min: number, max: number) =>
  fc.array(fc.double({ min, max, noNaN: true }), { minLength: 3, maxLength: 30 });

/** Stars of ~100 m to 1 km with a hole sometimes; bent lines of 3 to 12 steps. */
const shapes: fc.Arbitrary<PlanarShapes> = fc.oneof(
  fc
    .record({ shell: radii(300, 1000), hole: fc.option(radii(20, 250)), clockwise: fc.boolean() })
    .map(({ shell, hole, clockwise }) => ({
      polygons: [[star(0, 0, shell, clockwise), ...(hole ? [star(0, 0, hole, !clockwise)] : [])]],
      lines: [],
      points: [],
    })),
  fc
    .array(fc.tuple(fc.double({ min: -400, max: 400 }), fc.double({ min: -400, max: 400 })), {
      minLength: 2,
      maxLength: 12,
    })
    .map((line) => ({ polygons: [], lines: [line as PlanarPoint[]], points: [] })),
);

describe('outlineBuffer: the outline alone, only when it is the whole buffer', () => {
  it('gives the same area and rings as the union of pieces whenever it answers (property)', () => {
    let answered = 0;
    fc.assert(
      fc.property(shapes, fc.double({ min: 1, max: 300, noNaN: true }), (shape, distance) => {
        const outlined = outlineBuffer(shape, distance);
        if (!outlined) return;
        answered++;
        const united = piecesBuffer(shape, distance);
        expect(Math.abs(area(outlined) / area(united) - 1)).toBeLessThan(1e-9);
        expect(ringCount(outlined)).toEqual(ringCount(united));
      }),
      { numRuns: 400, seed: 20261204 },
    );
    // Enough answers for the comparison to mean something, and enough refusals too.
    expect(answered).toBeGreaterThan(100);
    expect(answered).toBeLessThan(400);
  });

  it('answers for a parcel at 20 m and leaves a bay that the distance closes to the union', () => {
    const parcel = star(0, 0, [300, 200, 320, 180, 310, 260, 330, 150], false);
    expect(outlineBuffer({ polygons: [[parcel]], lines: [], points: [] }, 20)).not.toBeNull();
    // A U whose 100 m gap a 60 m buffer closes.
    const u: PlanarPoint[] = [
      [0, 0],
      [300, 0],
      [300, 500],
      [200, 500],
      [200, 100],
      [100, 100],
      [100, 500],
      [0, 500],
      [0, 0],
    ];
    const shapesU: PlanarShapes = { polygons: [[u]], lines: [], points: [] };
    expect(outlineBuffer(shapesU, 40)).not.toBeNull();
    expect(outlineBuffer(shapesU, 60)).toBeNull();
  });
});

describe('piecesBuffer: lines along the axes', () => {
  it.each([
    ['east', [100, 0]],
    ['west', [-100, 0]],
    ['north', [0, 100]],
    ['south', [0, -100]],
  ])('a 100 m line heading %s gets both round caps (2·d·L + π·d²)', (_, end) => {
    const line: PlanarPoint[] = [[0, 0], end as PlanarPoint];
    const united = piecesBuffer({ polygons: [], lines: [line], points: [] }, 10);
    expect(area(united)).toBeCloseTo(2 * 10 * 100 + Math.PI * 100, 6);
  });
});
