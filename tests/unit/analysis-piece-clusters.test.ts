import { describe, expect, it } from 'vitest';
import type { PlanarPolygon } from '../../src/core/analysis/buffer-pieces.ts';
import { pieceClusters } from '../../src/core/analysis/piece-clusters.ts';

/** A square piece with its south-west corner at (x, y). */
function square(x: number, y: number, size = 10): PlanarPolygon {
  return [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ];
}

const names = (clusters: PlanarPolygon[][], pieces: PlanarPolygon[]) =>
  clusters.map((cluster) => cluster.map((piece) => pieces.indexOf(piece)).sort()).sort();

describe('pieceClusters', () => {
  it('groups pieces whose boxes meet, from piece to piece, and keeps far ones apart', () => {
    const pieces = [
      square(0, 0),
      square(10, 0), // shares an edge with 0
      square(20, 10), // touches 1 at a corner only
      square(100, 100), // alone
      square(5, 5), // overlaps 0 and 1
      square(200, 0),
      square(205, 0), // overlaps 5
    ];
    expect(names(pieceClusters(pieces), pieces)).toEqual([[0, 1, 2, 4], [3], [5, 6]]);
  });

  it('gives no group for no pieces and one for one', () => {
    expect(pieceClusters([])).toEqual([]);
    expect(pieceClusters([square(0, 0)])).toEqual([[square(0, 0)]]);
  });
});
