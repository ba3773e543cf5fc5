import type { Position } from 'geojson';

/** Whether a position lies inside any of the polygons (outer ring less holes), in lon/lat. */
export function pointInPolygons(point: Position, polygons: readonly Position[][][]): boolean {
  for (const rings of polygons) {
    let inside = false;
    for (const ring of rings) {
      if (pointInRing(point, ring)) inside = !inside;
    }
    if (inside) return true;
  }
  return false;
}

/** Even–odd ray casting. */
function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = (ring[i] as Position)[0] as number;
    const yi = (ring[i] as Position)[1] as number;
    const xj = (ring[j] as Position)[0] as number;
    const yj = (ring[j] as Position)[1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
