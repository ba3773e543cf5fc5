import type { Polygon, Position } from 'geojson';

/** Metres per degree of latitude near 21° N (WGS84), for the local grid only. */
const METRES_PER_DEGREE_LAT = 110_720;

/**
 * A local metric raster over a lon/lat box: an equirectangular projection about the box's
 * centre latitude, good to a few centimetres per kilometre over the study region, which is far
 * below the cell size. Geodesic numbers are computed elsewhere, on the ellipsoid.
 */
export interface Grid {
  west: number;
  south: number;
  cellM: number;
  width: number;
  height: number;
  metresPerDegreeLon: number;
}

/** A grid covering `[west, south, east, north]` with square cells of `cellM` metres. */
export function gridOver(bbox: readonly [number, number, number, number], cellM: number): Grid {
  const [west, south, east, north] = bbox;
  const metresPerDegreeLon =
    METRES_PER_DEGREE_LAT * Math.cos((((south + north) / 2) * Math.PI) / 180);
  return {
    west,
    south,
    cellM,
    width: Math.ceil(((east - west) * metresPerDegreeLon) / cellM),
    height: Math.ceil(((north - south) * METRES_PER_DEGREE_LAT) / cellM),
    metresPerDegreeLon,
  };
}

/** Grid coordinates (in cells, fractional) of a lon/lat position. */
export function toGrid(grid: Grid, [lon, lat]: Position): [number, number] {
  return [
    ((lon! - grid.west) * grid.metresPerDegreeLon) / grid.cellM,
    ((lat! - grid.south) * METRES_PER_DEGREE_LAT) / grid.cellM,
  ];
}

/** The lon/lat centre of cell `index`. */
export function cellCentre(grid: Grid, index: number): Position {
  const x = (index % grid.width) + 0.5;
  const y = Math.floor(index / grid.width) + 0.5;
  return [
    grid.west + (x * grid.cellM) / grid.metresPerDegreeLon,
    grid.south + (y * grid.cellM) / METRES_PER_DEGREE_LAT,
  ];
}

/**
 * 1 for every cell whose centre lies inside the polygons (even–odd over all rings, so holes
 * stay empty; the polygons must not overlap), 0 elsewhere.
 */
export function rasterize(grid: Grid, polygons: readonly Polygon[]): Uint8Array {
  const crossings: number[][] = Array.from({ length: grid.height }, () => []);
  for (const ring of polygons.flatMap((polygon) => polygon.coordinates)) {
    for (let k = 0; k + 1 < ring.length; k++) {
      addEdgeCrossings(crossings, toGrid(grid, ring[k]!), toGrid(grid, ring[k + 1]!));
    }
  }
  const mask = new Uint8Array(grid.width * grid.height);
  crossings.forEach((xs, row) => {
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(xs[k]! - 0.5));
      const to = Math.min(grid.width - 1, Math.floor(xs[k + 1]! - 0.5));
      if (from <= to) mask.fill(1, row * grid.width + from, row * grid.width + to + 1);
    }
  });
  return mask;
}

function addEdgeCrossings(crossings: number[][], [x1, y1]: number[], [x2, y2]: number[]): void {
  if (y1 === y2) return;
  const low = Math.max(0, Math.ceil(Math.min(y1!, y2!) - 0.5));
  const high = Math.min(crossings.length - 1, Math.ceil(Math.max(y1!, y2!) - 0.5) - 1);
  for (let row = low; row <= high; row++) {
    const y = row + 0.5;
    crossings[row]!.push(x1! + ((y - y1!) * (x2! - x1!)) / (y2! - y1!));
  }
}

/**
 * Chamfer (3-4) distance from each inside cell to the nearest outside cell, in thirds of a
 * cell; 0 outside. Tells the middle of a road strip from its edges, and a wide strip from a lane.
 */
export function distanceInside(grid: Grid, mask: Uint8Array): Uint16Array {
  const { width, height } = grid;
  const far = 65_535;
  const d = new Uint16Array(mask.length);
  for (let i = 0; i < mask.length; i++) d[i] = mask[i] ? far : 0;
  const relax = (i: number, j: number, step: number) => {
    if (d[j]! + step < d[i]!) d[i] = d[j]! + step;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!d[i]) continue;
      if (x > 0) relax(i, i - 1, 3);
      if (y > 0) relax(i, i - width, 3);
      if (x > 0 && y > 0) relax(i, i - width - 1, 4);
      if (x + 1 < width && y > 0) relax(i, i - width + 1, 4);
      if (x === 0 || y === 0 || x + 1 === width) d[i] = Math.min(d[i]!, 3);
    }
  }
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const i = y * width + x;
      if (!d[i]) continue;
      if (x + 1 < width) relax(i, i + 1, 3);
      if (y + 1 < height) relax(i, i + width, 3);
      if (x + 1 < width && y + 1 < height) relax(i, i + width + 1, 4);
      if (x > 0 && y + 1 < height) relax(i, i + width - 1, 4);
      if (y + 1 === height) d[i] = Math.min(d[i]!, 3);
    }
  }
  return d;
}
