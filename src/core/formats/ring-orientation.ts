import type { Geometry, Position } from 'geojson';

/** Whether a ring turns clockwise in x/y (the shoelace sum is negative). */
export function isClockwise(ring: readonly Position[]): boolean {
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    twiceArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return twiceArea < 0;
}

/** The ring turned the wanted way: clockwise or counter-clockwise. */
export function orientRing(ring: Position[], clockwise: boolean): Position[] {
  return isClockwise(ring) === clockwise ? ring : [...ring].reverse();
}

/**
 * A geometry with RFC 7946 winding (outer rings counter-clockwise, holes clockwise) and no
 * `bbox` member: readers of other formats hand back their own winding and boxes in the source
 * system's units.
 */
export function toRfc7946(geometry: Geometry): Geometry {
  const { bbox: _box, ...rest } = geometry as Geometry & { bbox?: unknown };
  const polygon = (rings: Position[][]) => rings.map((ring, i) => orientRing(ring, i > 0));
  if (rest.type === 'Polygon') return { ...rest, coordinates: polygon(rest.coordinates) };
  if (rest.type === 'MultiPolygon') return { ...rest, coordinates: rest.coordinates.map(polygon) };
  return rest as Geometry;
}
