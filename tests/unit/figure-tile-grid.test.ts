import { describe, expect, it } from 'vitest';
import { tileGrid } from '../../src/core/figure/tile-grid.ts';

/** How many tiles cover each pixel of the image. */
function coverage(width: number, height: number, tilePx: number): Uint8Array {
  const counts = new Uint8Array(width * height);
  for (const tile of tileGrid(width, height, tilePx)) {
    for (let y = tile.y; y < tile.y + tile.height; y++)
      for (let x = tile.x; x < tile.x + tile.width; x++) counts[y * width + x]! += 1;
  }
  return counts;
}

describe('the tiles a figure map is drawn in', () => {
  it('cover every pixel exactly once, the last row and column narrower', () => {
    for (const [width, height, tilePx] of [
      [1000, 700, 256],
      [257, 255, 256],
      [5, 3, 1],
      [64, 64, 64],
    ] as const) {
      expect(coverage(width, height, tilePx).every((count) => count === 1)).toBe(true);
    }
    const tiles = tileGrid(1000, 700, 256);
    expect(tiles).toHaveLength(4 * 3);
    expect(tiles.at(-1)).toEqual({ x: 768, y: 512, width: 232, height: 188 });
  });

  it('go row by row from the top left', () => {
    expect(tileGrid(20, 20, 10).map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [10, 0],
      [0, 10],
      [10, 10],
    ]);
  });

  it('is one tile when the tile is as large as the image', () => {
    expect(tileGrid(3508, 2480, 8192)).toEqual([{ x: 0, y: 0, width: 3508, height: 2480 }]);
  });

  it('refuses a tile smaller than a pixel instead of looping for ever', () => {
    expect(() => tileGrid(10, 10, 0)).toThrow(/at least 1 pixel/);
    expect(() => tileGrid(10, 10, Number.NaN)).toThrow(/at least 1 pixel/);
  });
});
