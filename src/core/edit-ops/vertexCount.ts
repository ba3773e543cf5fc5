/**
 * The vertices a planner sees on a geometry's outline: every position of every ring, without
 * each ring's closing repeat of its first (a square has 4). Lines and points count all theirs.
 */
export function vertexCount(geometry: GeoJSON.Geometry | null | undefined): number {
  switch (geometry?.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.length;
    case 'MultiLineString':
      return geometry.coordinates.reduce((sum, line) => sum + line.length, 0);
    case 'Polygon':
      return ringsVertexCount(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, rings) => sum + ringsVertexCount(rings), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, inner) => sum + vertexCount(inner), 0);
    default:
      return 0;
  }
}

function ringsVertexCount(rings: GeoJSON.Position[][]): number {
  return rings.reduce((sum, ring) => sum + Math.max(0, ring.length - 1), 0);
}
