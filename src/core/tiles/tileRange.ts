import type { BBox } from '../region.ts';

/** One Web Mercator (XYZ, y down) tile. */
export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

function tileX(lonDeg: number, z: number): number {
  return Math.floor(((lonDeg + 180) / 360) * 2 ** z);
}

function tileY(latDeg: number, z: number): number {
  const sin = Math.sin((latDeg * Math.PI) / 180);
  const mercator = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return Math.floor(mercator * 2 ** z);
}

/**
 * Every tile at zoom `z` that a bbox touches, row by row. A tile set "covers the region at a
 * zoom" when it holds each of these.
 */
export function tilesCovering(bbox: BBox, z: number): TileCoord[] {
  const [west, south, east, north] = bbox;
  const last = 2 ** z - 1;
  const clamp = (value: number) => Math.min(Math.max(value, 0), last);
  const tiles: TileCoord[] = [];
  for (let y = clamp(tileY(north, z)); y <= clamp(tileY(south, z)); y++) {
    for (let x = clamp(tileX(west, z)); x <= clamp(tileX(east, z)); x++) tiles.push({ z, x, y });
  }
  return tiles;
}

/** [west, south, east, north] of a tile in degrees. */
export function tileBBox({ z, x, y }: TileCoord): BBox {
  const n = 2 ** z;
  const lat = (row: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)];
}
