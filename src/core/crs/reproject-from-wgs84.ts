import type { FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { type CrsCode, crsDef } from './vn2000.ts';

/**
 * A WGS84 collection with every position converted to `to` (VN-2000 through the EPSG:6960
 * shift, the inverse of {@link reprojectToWgs84}), rounded to 1 mm in metres or 1e-7° in
 * degrees: the precision the exports promise, no more.
 */
export function reprojectFromWgs84(collection: FeatureCollection, to: CrsCode): FeatureCollection {
  const def = crsDef(to);
  const decimals = def.projected ? 1e3 : 1e7;
  const transform = to === 'EPSG:4326' ? undefined : proj4(crsDef('EPSG:4326').proj4, def.proj4);
  const convert = (position: Position): Position => {
    const [x, y, ...rest] = position as [number, number, ...number[]];
    const [cx, cy] = transform ? (transform.forward([x, y]) as [number, number]) : [x, y];
    return [Math.round(cx * decimals) / decimals, Math.round(cy * decimals) / decimals, ...rest];
  };
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      ...feature,
      geometry: feature.geometry && mapGeometry(feature.geometry, convert),
    })),
  };
}

function mapGeometry(geometry: Geometry, convert: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: convert(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(convert) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((line) => line.map(convert)) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(convert)),
        ),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapGeometry(g, convert)) };
  }
}
