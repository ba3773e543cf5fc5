import type { BBox } from '../region.ts';

function visitPositions(
  geometry: GeoJSON.Geometry,
  visit: (lon: number, lat: number) => void,
): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates[0]!, geometry.coordinates[1]!);
      return;
    case 'MultiPoint':
    case 'LineString':
      for (const p of geometry.coordinates) visit(p[0]!, p[1]!);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) for (const p of line) visit(p[0]!, p[1]!);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates)
        for (const ring of polygon) for (const p of ring) visit(p[0]!, p[1]!);
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) visitPositions(part, visit);
  }
}

/** [west, south, east, north] of a collection, or undefined when it has no positions. */
export function collectionBBox(collection: GeoJSON.FeatureCollection): BBox | undefined {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    visitPositions(feature.geometry, (lon, lat) => {
      west = Math.min(west, lon);
      south = Math.min(south, lat);
      east = Math.max(east, lon);
      north = Math.max(north, lat);
    });
  }
  return west <= east ? [west, south, east, north] : undefined;
}
