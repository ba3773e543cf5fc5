import { buffer, lineString } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import * as martinez from 'martinez-polygon-clipping';
import { ringAreaSquareMetres } from './ellipsoid.ts';

type Area = Polygon | MultiPolygon;

/** The union of polygons (martinez), e.g. a province dissolved from its districts. */
export function dissolve(polygons: readonly Area[]): Area {
  let result: martinez.Geometry | null = null;
  for (const polygon of polygons) {
    const next = polygon.coordinates as martinez.Geometry;
    result = result === null ? next : martinez.union(result, next);
  }
  if (result === null) throw new Error('nothing to dissolve');
  return toGeoJson(result);
}

/** The part of `a` inside `b`, or null when they do not overlap. */
export function intersect(a: Area, b: Area): Area | null {
  const result = martinez.intersection(
    a.coordinates as martinez.Geometry,
    b.coordinates as martinez.Geometry,
  );
  if (!result || result.length === 0) return null;
  return toGeoJson(result);
}

/** The part of `a` outside `b`, or null when nothing is left. */
export function subtract(a: Area, b: Area): Area | null {
  const result = martinez.diff(
    a.coordinates as martinez.Geometry,
    b.coordinates as martinez.Geometry,
  );
  if (!result || result.length === 0) return null;
  return toGeoJson(result);
}

/** Area on the WGS84 ellipsoid in square metres, holes subtracted. */
export function areaSquareMetres(area: Area): number {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let sum = 0;
  for (const [outer, ...holes] of polygons) {
    sum += ringAreaSquareMetres(outer!);
    for (const hole of holes) sum -= ringAreaSquareMetres(hole);
  }
  return sum;
}

/**
 * Drops the parts of a multipolygon smaller than `share` of its largest part: the crumbs a
 * clip leaves where a band just reaches a notch of an outline.
 */
export function withoutCrumbs(area: Area, share: number): Area {
  if (area.type === 'Polygon') return area;
  const sized = area.coordinates.map((polygon) => ({
    polygon,
    size: areaSquareMetres({ type: 'Polygon', coordinates: polygon }),
  }));
  const largest = Math.max(...sized.map(({ size }) => size));
  const kept = sized.filter(({ size }) => size >= largest * share).map(({ polygon }) => polygon);
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** A band `halfWidthKm` on each side of a line (turf buffer, 8 steps per quarter circle). */
export function bandAroundLine(line: readonly Position[], halfWidthKm: number): Area {
  const band = buffer(lineString(line.map((p) => [...p])), halfWidthKm, { units: 'kilometers' });
  if (!band) throw new Error('buffer returned nothing');
  return band.geometry;
}

/** martinez returns Polygon (rings) or MultiPolygon (polygons): tell them apart by depth. */
function toGeoJson(geometry: martinez.Geometry): Area {
  const isMulti = Array.isArray(geometry[0]?.[0]?.[0]);
  if (!isMulti) return { type: 'Polygon', coordinates: geometry as Position[][] };
  const polygons = geometry as Position[][][];
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: polygons };
}
