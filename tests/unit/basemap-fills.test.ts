import { resolve } from 'node:path';
import type { VectorTileFeature } from '@mapbox/vector-tile';
import { classifyRings } from '@maplibre/maplibre-gl-style-spec';
import earcut from 'earcut';
import { describe, expect, it } from 'vitest';
import { REGION_BBOX } from '../../src/core/region.ts';
import { tilesCovering } from '../../src/core/tiles/tileRange.ts';
import { decodeTile, openPmtilesFile, readTile } from './support/pmtilesFile.ts';

const ARCHIVE = resolve(import.meta.dirname, '../../data/basemap/basemap.pmtiles');

/** MapLibre's fill bucket keeps at most this many rings of a polygon (EARCUT_MAX_RINGS). */
const MAPLIBRE_MAX_RINGS = 500;

/**
 * A fill may differ from its rings by this share of a tile. Not zero: where a polygon has more
 * than 500 rings (the road network at z11–12), MapLibre drops its smallest holes, up to 0.5 % of
 * the tile today; a filled block was 5–80 %.
 */
const TOLERATED_SHARE = 0.006;

type Ring = { x: number; y: number }[];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]!.x - ring[i]!.x) * (ring[i]!.y + ring[j]!.y);
  }
  return Math.abs(sum / 2);
}

/** The area a polygon feature's rings enclose: each outer ring less its holes. */
function enclosedArea(rings: Ring[]): number {
  return classifyRings(rings).reduce(
    (sum, [outer, ...holes]) =>
      sum + ringArea(outer!) - holes.reduce((h, hole) => h + ringArea(hole), 0),
    0,
  );
}

/** The area MapLibre paints for it: its rings grouped and cut as the fill bucket does, then earcut. */
function paintedArea(rings: Ring[]): number {
  let area = 0;
  for (const polygon of classifyRings(rings, MAPLIBRE_MAX_RINGS)) {
    const flat: number[] = [];
    const holes: number[] = [];
    for (const ring of polygon) {
      if (flat.length > 0) holes.push(flat.length / 2);
      for (const { x, y } of ring) flat.push(x, y);
    }
    const triangles = earcut(flat, holes);
    for (let k = 0; k < triangles.length; k += 3) {
      const [a, b, c] = [triangles[k]! * 2, triangles[k + 1]! * 2, triangles[k + 2]! * 2];
      const cross =
        (flat[b]! - flat[a]!) * (flat[c + 1]! - flat[a + 1]!) -
        (flat[c]! - flat[a]!) * (flat[b + 1]! - flat[a + 1]!);
      area += Math.abs(cross) / 2;
    }
  }
  return area;
}

/** Each polygon of a tile whose painted area is off its enclosed area by more than tolerated. */
function misfilled(z: number, x: number, y: number, bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const [name, layer] of Object.entries(decodeTile(bytes).layers)) {
    const tileArea = layer.extent * layer.extent;
    for (let i = 0; i < layer.length; i++) {
      const feature: VectorTileFeature = layer.feature(i);
      if (feature.type !== 3) continue;
      const rings = feature.loadGeometry();
      const excess = (paintedArea(rings) - enclosedArea(rings)) / tileArea;
      if (Math.abs(excess) > TOLERATED_SHARE) {
        found.push(`${name} ${z}/${x}/${y}: ${(excess * 100).toFixed(1)} % of the tile`);
      }
    }
  }
  return found;
}

/** The share of a tile a layer's polygons paint, as MapLibre fills them. */
function paintedShare(bytes: Uint8Array, layerName: string): number {
  const layer = decodeTile(bytes).layers[layerName];
  if (!layer) return 0;
  let area = 0;
  for (let i = 0; i < layer.length; i++) {
    const feature = layer.feature(i);
    if (feature.type === 3) area += paintedArea(feature.loadGeometry());
  }
  return area / (layer.extent * layer.extent);
}

/** A tile and its four children cover the same ground: their road shares may differ this much. */
const PYRAMID_TOLERANCE = 0.01;

describe('the basemap’s polygons as MapLibre fills them', () => {
  // The road network's blocks are holes: a tile that fills one (or a zoom that loses one)
  // paints far more road than the tiles above and below it over the same ground.
  it('paints as much road in a tile as in its four children (z11–12)', async () => {
    const archive = openPmtilesFile(ARCHIVE);
    const share = async (z: number, x: number, y: number) => {
      const bytes = await readTile(archive, z, x, y);
      return bytes ? paintedShare(bytes, 'road') : 0;
    };
    const wrong: string[] = [];
    for (const z of [11, 12]) {
      for (const { x, y } of tilesCovering(REGION_BBOX, z)) {
        const parent = await share(z, x, y);
        let children = 0;
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          children += (await share(z + 1, 2 * x + dx, 2 * y + dy)) / 4;
        }
        if (Math.abs(parent - children) > PYRAMID_TOLERANCE) {
          wrong.push(
            `${z}/${x}/${y}: ${(parent * 100).toFixed(1)} % vs ${(children * 100).toFixed(1)} % below`,
          );
        }
      }
    }
    expect(wrong, 'tiles painting a different road area than their children').toEqual([]);
  }, 120_000);

  // Issue 8's white patches: the road network (one polygon, thousands of holes) had rings that
  // crossed once on the tile grid, and earcut filled whole blocks white, cut straight at the
  // tile's edge. This triangulates every polygon of every tile as MapLibre's fill bucket does.
  it('paints every polygon of every tile (z5–13) as the area its rings enclose', async () => {
    const archive = openPmtilesFile(ARCHIVE);
    const header = await archive.getHeader();
    const wrong: string[] = [];
    let polygonTiles = 0;
    for (let z = header.minZoom; z <= header.maxZoom; z++) {
      for (const { x, y } of tilesCovering(REGION_BBOX, z)) {
        const bytes = await readTile(archive, z, x, y);
        if (!bytes) continue; // a missing tile is basemap-tiles.test.ts's to report
        polygonTiles += 1;
        wrong.push(...misfilled(z, x, y, bytes));
      }
    }
    expect(polygonTiles).toBeGreaterThan(400);
    expect(wrong, 'polygons MapLibre would fill wrong').toEqual([]);
  }, 120_000);
});
