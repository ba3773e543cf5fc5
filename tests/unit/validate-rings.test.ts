import { describe, expect, it } from 'vitest';
import { findRingSelfIntersection } from '../../src/core/validate/ring-self-intersection.ts';

/** A closed, counter-clockwise ring of `n` positions on a circle around the region's centre. */
function circle(n: number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const angle = (i / n) * 2 * Math.PI;
    ring.push([105.65 + 0.1 * Math.cos(angle), 21.3 + 0.1 * Math.sin(angle)]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

describe('findRingSelfIntersection', () => {
  it('finds nothing in simple rings, small and big', () => {
    expect(findRingSelfIntersection(circle(5))).toBeUndefined();
    expect(findRingSelfIntersection(circle(50_000))).toBeUndefined();
  });

  it('ignores repeated consecutive positions', () => {
    const ring = circle(8);
    ring.splice(3, 0, [...ring[3]!]);
    expect(findRingSelfIntersection(ring)).toBeUndefined();
  });

  it('finds a bowtie', () => {
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(findRingSelfIntersection(bowtie)).toEqual({
      kind: 'crossing',
      edgeA: 0,
      edgeB: 2,
      x: 0.5,
      y: 0.5,
    });
  });

  it('finds a ring that touches itself at a vertex', () => {
    const figureEight = [
      [0, 0],
      [1, 1],
      [2, 0],
      [2, 2],
      [1, 1],
      [0, 2],
      [0, 0],
    ];
    expect(findRingSelfIntersection(figureEight)).toMatchObject({ kind: 'crossing', x: 1, y: 1 });
  });

  it('finds a spike that folds back along itself', () => {
    const spike = [
      [0, 0],
      [2, 0],
      [3, 0],
      [2.5, 0],
      [2, 2],
      [0, 0],
    ];
    expect(findRingSelfIntersection(spike)).toMatchObject({ kind: 'crossing' });
  });

  it('finds a fold between adjacent edges that touch nothing else', () => {
    // Three distinct collinear positions: every pair of edges is adjacent.
    const folded = [
      [0, 0],
      [2, 0],
      [1, 0],
      [0, 0],
    ];
    expect(findRingSelfIntersection(folded)).toMatchObject({ kind: 'crossing', x: 2, y: 0 });
  });

  it('calls a ring of fewer than three distinct positions degenerate', () => {
    expect(
      findRingSelfIntersection([
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual({ kind: 'degenerate' });
  });

  it('finds one crossing in a big ring, through the edge index', () => {
    const ring = circle(20_000);
    // Pull one position across the circle: its two edges now cross many others.
    ring[5_000] = [105.65, 21.1];
    const hit = findRingSelfIntersection(ring);
    expect(hit?.kind).toBe('crossing');
  });

  it('agrees between the pairwise test and the edge index on random rings', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const outcomes = new Set<boolean>();
    for (let trial = 0; trial < 200; trial++) {
      const small = Array.from({ length: 3 + Math.floor(random() * 6) }, () => [
        random(),
        random(),
      ]);
      small.push([...small[0]!]);
      // The same ring with every edge split in 9: past the pairwise limit, same geometry.
      const big = subdivide(small, 9);
      const smallHit = findRingSelfIntersection(small) !== undefined;
      const bigHit = findRingSelfIntersection(big) !== undefined;
      expect(bigHit, `trial ${trial}`).toBe(smallHit);
      outcomes.add(smallHit);
    }
    expect(outcomes, 'both simple and crossing rings were drawn').toEqual(new Set([true, false]));
  });
});

function subdivide(ring: number[][], parts: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i] as [number, number];
    const [bx, by] = ring[i + 1] as [number, number];
    for (let k = 0; k < parts; k++)
      out.push([ax + ((bx - ax) * k) / parts, ay + ((by - ay) * k) / parts]);
  }
  out.push([...ring[0]!]);
  return out;
}
