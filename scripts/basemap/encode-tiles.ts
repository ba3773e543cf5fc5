import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { BBox } from '../../src/core/region.ts';
import { type TileCoord, tilesCovering } from '../../src/core/tiles/tileRange.ts';
import { clipToTiles } from './clip-to-tiles.ts';
import type { TileLayer } from './layers.ts';
import { withValidPolygons } from './valid-tile-polygons.ts';

const EXTENT = 4096;

/** A tile ready for the archive: its coordinates, the gzip bytes and the layers it carries. */
export interface EncodedTile extends TileCoord {
  data: Uint8Array;
  layers: string[];
}

/**
 * Every tile over the region from `minZoom` to `maxZoom`, each a Mapbox Vector Tile (v2) with the
 * layers that have features there, cut and simplified by geojson-vt and encoded by vt-pbf. A
 * tile with nothing in it is still written (an empty MVT), so panning never meets a missing tile.
 */
export function encodeTiles(
  layers: readonly TileLayer[],
  region: BBox,
  minZoom: number,
  maxZoom: number,
): EncodedTile[] {
  const indexes = layers.map((layer) => ({ layer, cutter: tileCutter(layer, region, maxZoom) }));
  const tiles: EncodedTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    for (const coord of tilesCovering(region, z)) {
      const parts: Record<string, GeoJSONVTTile> = {};
      for (const { layer, cutter } of indexes) {
        if (z < layer.minZoom) continue;
        const tile = cutter(coord);
        if (tile && tile.features.length > 0) parts[layer.name] = tile;
      }
      const pbf = fromGeojsonVt(parts, { version: 2, extent: EXTENT });
      tiles.push({ ...coord, data: gzipSync(pbf, { level: 9 }), layers: Object.keys(parts) });
    }
  }
  return tiles;
}

const vtOptions = (layer: TileLayer, maxZoom: number) => ({
  maxZoom,
  tolerance: layer.tolerance,
  extent: EXTENT,
  buffer: 64,
  indexMaxZoom: 5,
});

/**
 * A layer's tile at a coordinate: from one geojson-vt index over the layer, or, for a layer
 * `clipPerTile`, from an index over the pieces a polygon clipper cut for that tile alone
 * (clip-to-tiles.ts says why), its polygons then made valid on the tile's grid
 * (valid-tile-polygons.ts).
 */
function tileCutter(
  layer: TileLayer,
  region: BBox,
  maxZoom: number,
): (coord: TileCoord) => GeoJSONVTTile | null {
  if (!layer.clipPerTile) {
    const index = new GeoJSONVT(
      { type: 'FeatureCollection', features: layer.features },
      vtOptions(layer, maxZoom),
    );
    return ({ z, x, y }) => index.getTile(z, x, y);
  }
  const pieces = clipToTiles(layer.features, region, layer.minZoom, maxZoom);
  return ({ z, x, y }) => {
    const features = pieces.get(`${z}/${x}/${y}`) ?? [];
    if (features.length === 0) return null;
    const index = new GeoJSONVT({ type: 'FeatureCollection', features }, vtOptions(layer, z));
    const tile = index.getTile(z, x, y);
    return tile && withValidPolygons(tile);
  };
}
