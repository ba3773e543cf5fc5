import type { Geometry, Position } from 'geojson';
import { roundPosition } from './round.ts';

/**
 * Makes a geometry ready to write: positions rounded to 6 decimals, repeated positions dropped,
 * rings closed, exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
 */
export function normalizeGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(roundPosition) };
    case 'LineString':
      return { type: 'LineString', coordinates: cleanLine(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(cleanLine) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: orientPolygon(geometry.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(orientPolygon) };
    case 'GeometryCollection':
      throw new Error('GeometryCollection is not used in the bundled layers');
  }
}

/** Twice the signed planar area of a closed ring in degrees: positive when counter-clockwise. */
export function signedRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

function cleanLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const position of line.map(roundPosition)) {
    const last = out[out.length - 1];
    if (last && last[0] === position[0] && last[1] === position[1]) continue;
    out.push(position);
  }
  return out;
}

function closeRing(ring: readonly Position[]): Position[] {
  const clean = cleanLine(ring);
  const first = clean[0]!;
  const last = clean[clean.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) clean.push([first[0]!, first[1]!]);
  if (clean.length < 4) throw new Error('a ring needs at least three distinct positions');
  return clean;
}

function orientPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const closed = closeRing(ring);
    const counterClockwise = signedRingArea(closed) > 0;
    const wantCounterClockwise = index === 0;
    return counterClockwise === wantCounterClockwise ? closed : closed.reverse();
  });
}
