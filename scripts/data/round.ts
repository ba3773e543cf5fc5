import type { Position } from 'geojson';

/** GeoJSON output keeps 6 decimals: about 0.1 m, far below the accuracy of any layer. */
export const COORDINATE_DECIMALS = 6;

const SCALE = 10 ** COORDINATE_DECIMALS;

export function roundDegrees(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function roundPosition(position: Position): Position {
  return [roundDegrees(position[0]!), roundDegrees(position[1]!)];
}

/** Rounds to `decimals` places, for computed property values (km, ha). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
