import { PLANNING_ZOOM } from '../basemap/tileset.ts';
import { CHUNKED_FROM_FEATURES } from './layerChunking.ts';

/** How many pixels across a layer's typical polygon must be before its outline is drawn. */
export const OUTLINE_FROM_SPAN_PX = 6;

/** How many polygons the typical size is read from (evenly spread over the layer). */
const SAMPLED_FEATURES = 1001;

/** MapLibre's GeoJSON tiles are 512 px: the world is this many pixels wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

const mercatorY = (latDeg: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, latDeg)) * Math.PI) / 360));

/** The larger side of a polygon's box in pixels at zoom 0 (Web Mercator), or undefined. */
function spanPxAtZoom0(geometry: GeoJSON.Geometry | null): number | undefined {
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return undefined;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  if (west > east) return undefined;
  const widthPx = ((east - west) / 360) * WORLD_PX_AT_ZOOM_0;
  const heightPx = ((mercatorY(north) - mercatorY(south)) / (2 * Math.PI)) * WORLD_PX_AT_ZOOM_0;
  return Math.max(widthPx, heightPx);
}

/**
 * The zoom from which a large layer's polygon outlines are drawn: the first whole zoom at which
 * its median polygon spans {@link OUTLINE_FROM_SPAN_PX} pixels, and never later than the
 * planning zoom, where every feature must show however small. Below it the fills alone show
 * the layer: an outline around a polygon a pixel or two wide adds nothing to see, yet its
 * line vertices are most of what such a layer's tiles make, hand to the page and upload to the
 * GPU (some 200 bytes a square against 30 for its fill). Undefined (outlines at every zoom) for
 * a layer drawn from one source (under {@link CHUNKED_FROM_FEATURES} features) or with no
 * polygons; the median is read from an even sample, so a layer of 360,000 costs ~1,000 boxes.
 */
export function outlineFromZoom(features: readonly GeoJSON.Feature[]): number | undefined {
  if (features.length < CHUNKED_FROM_FEATURES) return undefined;
  const step = Math.max(1, features.length / SAMPLED_FEATURES);
  const spans: number[] = [];
  for (let at = 0; at < features.length; at += step) {
    const span = spanPxAtZoom0(features[Math.floor(at)]?.geometry ?? null);
    if (span !== undefined) spans.push(span);
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a - b);
  const median = spans[Math.floor(spans.length / 2)]!;
  if (median <= 0) return undefined;
  const zoom = Math.ceil(Math.log2(OUTLINE_FROM_SPAN_PX / median));
  return zoom > 0 ? Math.min(zoom, PLANNING_ZOOM) : undefined;
}
