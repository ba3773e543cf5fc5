import { PLANNING_ZOOM } from '../basemap/tileset.ts';

/** The property that carries a feature's overview zoom through the map's sources. */
export const OVERVIEW_ZOOM_KEY = '__z';

/** A feature at least this many pixels across is drawn at that zoom whatever its neighbours. */
export const OVERVIEW_MIN_SPAN_PX = 1;

/** Below {@link OVERVIEW_MIN_SPAN_PX}, one feature is drawn per square cell this many pixels wide. */
export const OVERVIEW_CELL_PX = 2;

/** MapLibre's GeoJSON tiles are 512 px: the world is this many pixels wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

const mercatorYPx = (latDeg: number) => {
  const lat = (Math.max(-85, Math.min(85, latDeg)) * Math.PI) / 180;
  const y = Math.log(Math.tan(Math.PI / 4 + lat / 2));
  return ((Math.PI - y) / (2 * Math.PI)) * WORLD_PX_AT_ZOOM_0;
};

/** Where a feature sits (its box's centre) and how far it spans, in pixels at zoom 0. */
interface Footprint {
  xPx: number;
  yPx: number;
  spanPx: number;
}

function visitPositions(coords: unknown, visit: (lon: number, lat: number) => void): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    visit(coords[0], Number(coords[1] ?? 0));
    return;
  }
  for (const inner of coords) visitPositions(inner, visit);
}

function footprintOf(geometry: GeoJSON.Geometry | null): Footprint {
  let west = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let south = Infinity;
  const visit = (lon: number, lat: number) => {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  const geometries = geometry?.type === 'GeometryCollection' ? geometry.geometries : [geometry];
  for (const part of geometries) {
    if (part && 'coordinates' in part) visitPositions(part.coordinates, visit);
  }
  if (west > east) return { xPx: 0, yPx: 0, spanPx: 0 };
  const westPx = ((west + 180) / 360) * WORLD_PX_AT_ZOOM_0;
  const eastPx = ((east + 180) / 360) * WORLD_PX_AT_ZOOM_0;
  const topPx = mercatorYPx(north);
  const bottomPx = mercatorYPx(south);
  return {
    xPx: (westPx + eastPx) / 2,
    yPx: (topPx + bottomPx) / 2,
    spanPx: Math.max(eastPx - westPx, bottomPx - topPx),
  };
}

/**
 * The zoom from which each feature is drawn in a layer's overview (tippecanoe's "drop densest
 * as needed", by pixel cells): at a zoom where a feature is at least {@link OVERVIEW_MIN_SPAN_PX}
 * across it is drawn; a smaller one is drawn only if it is the largest (then the first) of the
 * features centred in its {@link OVERVIEW_CELL_PX}-pixel cell. So where a layer has far more
 * features than pixels the map draws about one per cell, and where they are sparse, all of
 * them. Every feature is drawn from the planning zoom in, whatever its size. What is drawn at a
 * zoom is also drawn at every zoom after it (a cell's largest feature is the largest of its
 * quarter cell too).
 */
export function overviewZooms(features: readonly GeoJSON.Feature[]): Uint8Array {
  const zooms = new Uint8Array(features.length).fill(PLANNING_ZOOM);
  const footprints = features.map((feature) => footprintOf(feature.geometry));
  const order = footprints
    .map((_, index) => index)
    .sort((a, b) => footprints[b]!.spanPx - footprints[a]!.spanPx || a - b);
  for (let zoom = PLANNING_ZOOM - 1; zoom >= 0; zoom--) {
    const scale = 2 ** zoom;
    const cellsAcross = (WORLD_PX_AT_ZOOM_0 * scale) / OVERVIEW_CELL_PX;
    const taken = new Set<number>();
    for (const index of order) {
      const { xPx, yPx, spanPx } = footprints[index]!;
      if (spanPx * scale >= OVERVIEW_MIN_SPAN_PX) {
        zooms[index] = zoom;
        continue;
      }
      const cellX = Math.floor((xPx * scale) / OVERVIEW_CELL_PX);
      const cellY = Math.floor((yPx * scale) / OVERVIEW_CELL_PX);
      const cell = cellY * cellsAcross + cellX;
      if (taken.has(cell)) continue;
      taken.add(cell);
      if (zooms[index] === zoom + 1) zooms[index] = zoom;
    }
  }
  return zooms;
}

/** How many features are drawn at each whole zoom from 0 to the planning zoom. */
export function shownAtZooms(zooms: ArrayLike<number>): number[] {
  const shown = new Array<number>(PLANNING_ZOOM + 1).fill(0);
  for (let i = 0; i < zooms.length; i++) shown[zooms[i]!]! += 1;
  for (let zoom = 1; zoom <= PLANNING_ZOOM; zoom++) shown[zoom]! += shown[zoom - 1]!;
  return shown;
}

/**
 * How many of a layer's features its overview draws at a map zoom (from `shownAtZooms`): its
 * tiles are those of the whole zoom below; undefined where every feature is drawn.
 */
export function overviewAtZoom(
  shown: readonly number[],
  mapZoom: number,
): { shown: number; total: number } | undefined {
  const total = shown[PLANNING_ZOOM] ?? 0;
  const tileZoom = Math.max(0, Math.min(PLANNING_ZOOM, Math.floor(mapZoom)));
  const drawn = shown[tileZoom] ?? total;
  return drawn < total ? { shown: drawn, total } : undefined;
}
