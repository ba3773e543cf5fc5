import { describe, expect, it } from 'vitest';
import { squares } from '../../bench/import/large-files.ts';
import { PLANNING_ZOOM } from '../../src/core/basemap/tileset.ts';
import { overviewZooms, shownAtZooms } from '../../src/core/geometry/overviewZoom.ts';

const square = (lon: number, lat: number, side: number): GeoJSON.Feature => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + side, lat],
        [lon + side, lat + side],
        [lon, lat + side],
        [lon, lat],
      ],
    ],
  },
});

/** The 2-px cell (512-px tiles) a square's centre falls in at a zoom. */
const cellAt = (feature: GeoJSON.Feature, zoom: number) => {
  const ring = (feature.geometry as GeoJSON.Polygon).coordinates[0]!;
  const lon = (ring[0]![0]! + ring[1]![0]!) / 2;
  const lat = (ring[0]![1]! + ring[2]![1]!) / 2;
  const worldPx = 512 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return `${Math.floor((((lon + 180) / 360) * worldPx) / 2)}/${Math.floor((((Math.PI - y) / (2 * Math.PI)) * worldPx) / 2)}`;
};

describe('overviewZooms', () => {
  // The bench's 100 MB file in small: squares ~0.7 px across at zoom 9, more than one a pixel.
  const dense = squares(40_000).features;
  const zooms = overviewZooms(dense);

  it('draws every feature from the planning zoom in', () => {
    expect(Math.max(...zooms)).toBeLessThanOrEqual(PLANNING_ZOOM);
    expect(shownAtZooms(zooms)[PLANNING_ZOOM]).toBe(dense.length);
  });

  it('draws at most one sub-pixel feature per 2-pixel cell where they are denser than that', () => {
    const shownAt9 = dense.filter((_, i) => zooms[i]! <= 9);
    const cells = new Set(shownAt9.map((feature) => cellAt(feature, 9)));
    expect(cells.size).toBe(shownAt9.length);
    expect(shownAt9.length).toBeLessThan(dense.length / 3);
  });

  it('leaves no cell empty that has features in it', () => {
    const cellsWithFeatures = new Set(dense.map((feature) => cellAt(feature, 9)));
    const drawnCells = new Set(dense.filter((_, i) => zooms[i]! <= 9).map((f) => cellAt(f, 9)));
    expect(drawnCells.size).toBe(cellsWithFeatures.size);
  });

  it('draws features far apart, and features a pixel or more across, at every zoom', () => {
    const sparse = [square(100, 10, 0.0001), square(110, 20, 0.0001), square(120, 30, 0.0001)];
    expect([...overviewZooms(sparse)]).toEqual([0, 0, 0]);
    const large = [square(105, 21, 1), square(105.001, 21.001, 1)];
    expect([...overviewZooms(large)]).toEqual([0, 0]);
  });

  it('keeps what a zoom draws at every zoom after it', () => {
    const shown = shownAtZooms(zooms);
    for (let zoom = 1; zoom <= PLANNING_ZOOM; zoom++) {
      expect(shown[zoom]).toBeGreaterThanOrEqual(shown[zoom - 1]!);
    }
  });
});

describe('shownAtZooms', () => {
  it('counts the features drawn at each zoom from 0 to the planning zoom', () => {
    expect(shownAtZooms([0, 9, 11, 11, 10])).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5]);
  });
});
