import { writeFileSync } from 'node:fs';
import { REGION_BBOX } from '../../src/core/region.ts';

/** What to generate; the defaults give one ~58 MB Feature of 86,667 parts. */
export interface ManyPartsOptions {
  parts: number;
  /** Positions along each side of a square, so a ring has `4 · perSide + 1` positions. */
  perSide: number;
}

export const DEFAULT_MANY_PARTS: ManyPartsOptions = { parts: 86_667, perSide: 8 };

/**
 * Writes one Feature whose MultiPolygon is a checkerboard of small squares: each square
 * touches its diagonal neighbours at a corner (allowed by OGC, and the slow case for the
 * checks, which must then test every vertex), and every 50th square has a hole. Valid, so
 * every check runs to the end. Returns the file's size in bytes.
 */
export function generateManyParts(file: string, options = DEFAULT_MANY_PARTS): number {
  const [west, south] = REGION_BBOX;
  const columns = Math.ceil(Math.sqrt(options.parts * 2));
  const sideDeg = 0.0002;
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  const polygons: number[][][][] = [];
  for (let cell = 0; polygons.length < options.parts; cell++) {
    const row = Math.floor(cell / columns);
    const column = cell % columns;
    if ((row + column) % 2 === 1) continue;
    const x0 = west + 0.01 + column * sideDeg;
    const y0 = south + 0.01 + row * sideDeg;
    const shell = square(x0, y0, sideDeg, options.perSide, false).map((p) => p.map(round));
    const polygon = [shell];
    if (polygons.length % 50 === 0) {
      const hole = square(x0 + sideDeg / 4, y0 + sideDeg / 4, sideDeg / 2, 1, true);
      polygon.push(hole.map((p) => p.map(round)));
    }
    polygons.push(polygon);
  }
  const feature = {
    type: 'Feature',
    id: 'many-parts',
    properties: { name: 'Many parts' },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
  const text = JSON.stringify(feature);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** A closed square ring from (x0, y0), `perSide` edges a side, counter-clockwise unless `clockwise`. */
function square(
  x0: number,
  y0: number,
  side: number,
  perSide: number,
  clockwise: boolean,
): number[][] {
  const corners = [
    [x0, y0],
    [x0 + side, y0],
    [x0 + side, y0 + side],
    [x0, y0 + side],
  ];
  if (clockwise) corners.reverse();
  const ring: number[][] = [];
  for (let c = 0; c < 4; c++) {
    const [ax, ay] = corners[c]!;
    const [bx, by] = corners[(c + 1) % 4]!;
    for (let i = 0; i < perSide; i++) {
      const t = i / perSide;
      ring.push([ax! + t * (bx! - ax!), ay! + t * (by! - ay!)]);
    }
  }
  ring.push([...ring[0]!]);
  return ring;
}
