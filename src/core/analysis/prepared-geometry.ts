import type { Geometry, Position } from 'geojson';

/**
 * A geometry flattened for distance work: every sequence of geodesic edges (lines and polygon
 * rings) as a path, the polygons kept for containment tests, and the bounding box.
 */
export interface PreparedGeometry {
  /** Position sequences: consecutive positions are joined by a geodesic edge; a point is a path of one. */
  paths: Position[][];
  /** Polygons (outer ring then holes), for "is this point inside" tests. */
  polygons: Position[][][];
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** The longest edge, in degrees of arc (a rough size for error margins). */
  maxEdgeDegrees: number;
}

/** Flattens any GeoJSON geometry (including collections) for distance work. */
export function prepareGeometry(geometry: Geometry): PreparedGeometry {
  const prepared: PreparedGeometry = {
    paths: [],
    polygons: [],
    bbox: [Infinity, Infinity, -Infinity, -Infinity],
    maxEdgeDegrees: 0,
  };
  addGeometry(prepared, geometry);
  for (const path of prepared.paths) measurePath(prepared, path);
  return prepared;
}

function addGeometry(prepared: PreparedGeometry, geometry: Geometry): void {
  switch (geometry.type) {
    case 'Point':
      prepared.paths.push([geometry.coordinates]);
      return;
    case 'MultiPoint':
      for (const point of geometry.coordinates) prepared.paths.push([point]);
      return;
    case 'LineString':
      prepared.paths.push(geometry.coordinates);
      return;
    case 'MultiLineString':
      prepared.paths.push(...geometry.coordinates);
      return;
    case 'Polygon':
      addPolygon(prepared, geometry.coordinates);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) addPolygon(prepared, polygon);
      return;
    case 'GeometryCollection':
      for (const member of geometry.geometries) addGeometry(prepared, member);
      return;
  }
}

function addPolygon(prepared: PreparedGeometry, rings: Position[][]): void {
  prepared.polygons.push(rings);
  prepared.paths.push(...rings);
}

function measurePath(prepared: PreparedGeometry, path: Position[]): void {
  const bbox = prepared.bbox;
  let previous: Position | undefined;
  for (const position of path) {
    const lon = position[0] as number;
    const lat = position[1] as number;
    if (lon < bbox[0]) bbox[0] = lon;
    if (lat < bbox[1]) bbox[1] = lat;
    if (lon > bbox[2]) bbox[2] = lon;
    if (lat > bbox[3]) bbox[3] = lat;
    if (previous) {
      const edge = Math.hypot(lon - (previous[0] as number), lat - (previous[1] as number));
      if (edge > prepared.maxEdgeDegrees) prepared.maxEdgeDegrees = edge;
    }
    previous = position;
  }
}
