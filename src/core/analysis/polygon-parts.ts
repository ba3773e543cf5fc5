import type { Feature, Position } from 'geojson';

/** The polygons of a feature as MultiPolygon coordinates, or null when it has none. */
export function polygonParts(feature: Feature): Position[][][] | null {
  const geometry = feature.geometry;
  if (!geometry) return null;
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type !== 'GeometryCollection') return null;
  const parts: Position[][][] = [];
  for (const member of geometry.geometries) {
    if (member.type === 'Polygon') parts.push(member.coordinates);
    if (member.type === 'MultiPolygon') parts.push(...member.coordinates);
  }
  return parts.length > 0 ? parts : null;
}
