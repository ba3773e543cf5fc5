import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import * as polyclip from 'polyclip-ts';
import type { BBox } from '../../src/core/region.ts';
import { type TileCoord, tileBBox, tilesCovering } from '../../src/core/tiles/tileRange.ts';

/**
 * How far past its edges a tile's pieces reach, as a share of the tile: less than geojson-vt's
 * buffer (64 / 4096), so geojson-vt never has to cut them again, and more than a line's width,
 * so the cut edges lie outside what MapLibre draws of the tile.
 */
export const CLIP_MARGIN = 48 / 4096;

type Piece = Feature<Polygon | MultiPolygon>;

/**
 * A tile's box in degrees, grown by `CLIP_MARGIN` on every side (in tile units, so in Web
 * Mercator, not in degrees).
 */
function grownTileBox(tile: TileCoord): BBox {
  const inner = tileBBox(tile);
  const n = 2 ** tile.z;
  const lon = (col: number) => (col / n) * 360 - 180;
  const lat = (row: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
  const outer: BBox = [
    lon(tile.x - CLIP_MARGIN),
    lat(tile.y + 1 + CLIP_MARGIN),
    lon(tile.x + 1 + CLIP_MARGIN),
    lat(tile.y - CLIP_MARGIN),
  ];
  return [
    Math.min(outer[0], inner[0]),
    Math.min(outer[1], inner[1]),
    Math.max(outer[2], inner[2]),
    Math.max(outer[3], inner[3]),
  ];
}

function bboxOf(feature: Piece): BBox {
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  // Outer rings bound their holes, so they alone give the box.
  for (const [x, y] of polygons.flatMap((polygon) => polygon[0] ?? [])) {
    west = Math.min(west, x as number);
    south = Math.min(south, y as number);
    east = Math.max(east, x as number);
    north = Math.max(north, y as number);
  }
  return [west, south, east, north];
}

const within = (a: BBox, b: BBox) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
const apart = (a: BBox, b: BBox) => a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3];

/** The part of each feature inside `box`, cut by polyclip-ts (a valid polygon, holes and all). */
function clipPieces(pieces: readonly Piece[], box: BBox): Piece[] {
  const [w, s, e, n] = box;
  const frame: Position[][] = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  return pieces.flatMap((piece): Piece[] => {
    const bbox = bboxOf(piece);
    if (apart(bbox, box)) return [];
    if (within(bbox, box)) return [piece];
    const cut = polyclip.intersection(
      piece.geometry.coordinates as polyclip.Geom,
      frame as polyclip.Geom,
    );
    if (cut.length === 0) return [];
    return [
      {
        type: 'Feature',
        properties: piece.properties,
        geometry: { type: 'MultiPolygon', coordinates: cut as Position[][][] },
      },
    ];
  });
}

/**
 * A layer's polygons cut to each tile over `region` from `minZoom` to `maxZoom` (keyed
 * `z/x/y`), each tile's pieces reaching `CLIP_MARGIN` past its edges.
 *
 * Why: geojson-vt cuts a polygon at a tile's edges ring by ring (Sutherland–Hodgman), which is
 * right for a simple shape but not for the road network, one polygon with thousands of holes (the
 * blocks between roads): its clipped outer ring runs back and forth along the cut, over the
 * clipped holes, and MapLibre's triangulation (earcut) then fills whole blocks, clipped
 * straight at the tile's edge — the white patches of issue 8. Cut here by a polygon clipper,
 * each piece is a valid polygon that geojson-vt only has to simplify. Each zoom is cut from the
 * one above (a tile's box lies inside its parent's), so no tile clips the whole network.
 */
export function clipToTiles(
  features: readonly Feature[],
  region: BBox,
  minZoom: number,
  maxZoom: number,
): Map<string, Feature[]> {
  const polygons = features.filter(
    (f): f is Piece => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  const pieces = new Map<string, Feature[]>();
  const cut = (tile: TileCoord, parent: readonly Piece[]) => {
    const inside = clipPieces(parent, grownTileBox(tile));
    if (tile.z >= minZoom) pieces.set(`${tile.z}/${tile.x}/${tile.y}`, inside);
    if (tile.z >= maxZoom || inside.length === 0) return;
    for (const child of childrenOf(tile)) cut(child, inside);
  };
  for (const tile of topTiles(region, minZoom)) cut(tile, polygons);
  return pieces;
}

function childrenOf({ z, x, y }: TileCoord): TileCoord[] {
  return [
    { z: z + 1, x: 2 * x, y: 2 * y },
    { z: z + 1, x: 2 * x + 1, y: 2 * y },
    { z: z + 1, x: 2 * x, y: 2 * y + 1 },
    { z: z + 1, x: 2 * x + 1, y: 2 * y + 1 },
  ];
}

/** The tiles to start cutting from: the region's at the last zoom it spans ≤ 4 tiles. */
function topTiles(region: BBox, minZoom: number): TileCoord[] {
  let z = 0;
  while (z < minZoom && tilesCovering(region, z + 1).length <= 4) z += 1;
  return tilesCovering(region, z);
}
