/** A rectangle of image pixels, from the top left. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Cuts an image of `widthPx × heightPx` pixels into tiles of at most `tilePx × tilePx`, row by
 * row from the top left: every pixel in exactly one tile, the last row and column narrower.
 * A `tilePx` as large as the image gives one tile (the whole image in one frame).
 */
export function tileGrid(widthPx: number, heightPx: number, tilePx: number): PixelRect[] {
  if (!(tilePx >= 1)) throw new Error(`a tile must be at least 1 pixel wide, not ${tilePx}`);
  const step = Math.floor(tilePx);
  const tiles: PixelRect[] = [];
  for (let y = 0; y < heightPx; y += step) {
    for (let x = 0; x < widthPx; x += step) {
      tiles.push({
        x,
        y,
        width: Math.min(step, widthPx - x),
        height: Math.min(step, heightPx - y),
      });
    }
  }
  return tiles;
}
