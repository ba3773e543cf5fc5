import type { Feature, Geometry } from 'geojson';
import { polygonAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
import { geodesicLengthMeters } from '../geodesy/geodesic-length-meters.ts';

/** What `measureFeature` reports for one feature. */
export interface FeatureMeasure {
  /** The geometry type, or "null" for a feature without geometry. */
  type: string;
  /** Length of lines, perimeter of polygons (holes included), metres; 0 for points. */
  lengthMeters: number;
  /** Area of polygons on WGS84, square metres; 0 for points and lines. */
  areaSquareMeters: number;
}

/** Length (or perimeter) and area of a feature on WGS84, with geodesic edges. */
export function measureFeature(feature: Feature): FeatureMeasure {
  const measure: FeatureMeasure = {
    type: feature.geometry?.type ?? 'null',
    lengthMeters: 0,
    areaSquareMeters: 0,
  };
  if (feature.geometry) addGeometry(measure, feature.geometry);
  return measure;
}

function addGeometry(measure: FeatureMeasure, geometry: Geometry): void {
  switch (geometry.type) {
    case 'LineString':
      measure.lengthMeters += geodesicLengthMeters(geometry.coordinates);
      return;
    case 'MultiLineString':
      for (const line of geometry.coordinates) measure.lengthMeters += geodesicLengthMeters(line);
      return;
    case 'Polygon':
      addPolygon(measure, geometry.coordinates);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) addPolygon(measure, polygon);
      return;
    case 'GeometryCollection':
      for (const member of geometry.geometries) addGeometry(measure, member);
      return;
    default:
      return;
  }
}

function addPolygon(measure: FeatureMeasure, rings: number[][][]): void {
  for (const ring of rings) measure.lengthMeters += geodesicLengthMeters(ring);
  measure.areaSquareMeters += polygonAreaSquareMeters(rings);
}
