import { mercator, WORLD_PX_AT_ZOOM_0 } from './map-projection.ts';

/**
 * A zone whose outline is smaller than this on the figure (its longer side, in the map's CSS
 * pixels, where a label is 12 px tall) gets no label: half the label's height, a speck under a
 * word. The smallest bundled zone is 9 px across at zoom 10, where zone labels start, so no
 * bundled label is ever left out; 10,000 parcels of 100 m across a district are 2 px each there.
 */
export const MIN_LABELLED_ZONE_PX = 6;

/** An area of the map as Web Mercator x (west, east) and y (north, south), 0–1. */
export interface MercatorBox {
  west: number;
  east: number;
  north: number;
  south: number;
}

/** The Web Mercator box a map of `widthPx × heightPx` CSS pixels at `zoom` shows (any bearing). */
export function mapMercatorBox(
  center: { lng: number; lat: number },
  zoom: number,
  size: { widthPx: number; heightPx: number },
  bearingDegrees = 0,
): MercatorBox {
  const [x, y] = mercator(center.lng, center.lat);
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  // Turned, the map's corners reach as far as its half diagonal from the centre either way.
  const turned = bearingDegrees % 360 !== 0;
  const diagonal = Math.hypot(size.widthPx, size.heightPx);
  const halfX = (turned ? diagonal : size.widthPx) / 2 / worldPx;
  const halfY = (turned ? diagonal : size.heightPx) / 2 / worldPx;
  return { west: x - halfX, east: x + halfX, north: y - halfY, south: y + halfY };
}

/** A polygon's Web Mercator bounding box (of its outer rings: holes lie inside them). */
function polygonBox(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): MercatorBox {
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
  return { west, east, north, south };
}

/** A zone too small for its label: its index among the features, and whether it is in view. */
export interface SmallZone {
  index: number;
  /** Its box meets `frame` (always, without one): its label would have been on the figure. */
  inFrame: boolean;
}

/**
 * The polygons in `features` too small on a map at `zoom` to carry a label: their longer side
 * under `minPx` CSS pixels; each says whether it lies in `frame` (the figure's area). Other
 * geometries (lines, points, none) keep their labels whatever their size.
 */
export function zonesTooSmallToLabel(
  features: readonly GeoJSON.Feature[],
  zoom: number,
  frame?: MercatorBox,
  minPx: number = MIN_LABELLED_ZONE_PX,
): SmallZone[] {
  const minSide = minPx / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
  const small: SmallZone[] = [];
  for (const [index, feature] of features.entries()) {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const box = polygonBox(geometry);
    if (Math.max(box.east - box.west, box.south - box.north, 0) >= minSide) continue;
    const inFrame =
      !frame ||
      (box.west <= frame.east &&
        box.east >= frame.west &&
        box.north <= frame.south &&
        box.south >= frame.north);
    small.push({ index, inFrame });
  }
  return small;
}
