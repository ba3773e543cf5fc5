import { mercator, WORLD_PX_AT_ZOOM_0 } from './map-projection.ts';

/**
 * A zone whose outline is smaller than this on the figure (its longer side, in the map's CSS
 * pixels, where a label is 12 px tall) gets no label: half the label's height, a speck under a
 * word. The smallest bundled zone is 9 px across at zoom 10, where zone labels start, so no
 * bundled label is ever left out; 10,000 parcels of 100 m across a district are 2 px each there.
 */
export const MIN_LABELLED_ZONE_PX = 6;

/** The longer side of a polygon's Web Mercator bounding box, in world units (0–1). */
function mercatorSide(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.POSITIVE_INFINITY;
  let south = Number.NEGATIVE_INFINITY;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    // The outer ring bounds the polygon; holes lie inside it.
    for (const position of polygon[0] ?? []) {
      const [x, y] = mercator(position[0]!, position[1]!);
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < north) north = y;
      if (y > south) south = y;
    }
  }
  return east < west ? 0 : Math.max(east - west, south - north);
}

/**
 * The indices of the polygons in `features` too small on a map at `zoom` to carry a label:
 * their longer side under `minPx` CSS pixels. Other geometries (lines, points, none) keep their
 * labels whatever their size.
 */
export function zonesTooSmallToLabel(
  features: readonly GeoJSON.Feature[],
  zoom: number,
  minPx: number = MIN_LABELLED_ZONE_PX,
): number[] {
  const minSide = minPx / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
  const small: number[] = [];
  for (const [index, feature] of features.entries()) {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    if (mercatorSide(geometry) < minSide) small.push(index);
  }
  return small;
}
