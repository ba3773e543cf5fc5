import type { GeoJSONVTFeature, GeoJSONVTTile } from '@maplibre/geojson-vt';
import * as polyclip from 'polyclip-ts';

type Ring = [number, number][];

/** Twice the signed area of a ring in tile units (y down: positive is clockwise on screen). */
function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[i]![1] + ring[j]![1]);
  }
  return sum;
}

/** Rings grouped into polygons the way MapLibre reads them: a new outer ring at each winding flip back. */
function polygonsOf(rings: readonly Ring[]): Ring[][] {
  const polygons: Ring[][] = [];
  let outerSign = 0;
  for (const ring of rings) {
    const area = signedArea2(ring);
    if (area === 0) continue;
    if (outerSign === 0) outerSign = Math.sign(area);
    if (Math.sign(area) === outerSign || polygons.length === 0) polygons.push([ring]);
    else polygons[polygons.length - 1]!.push(ring);
  }
  return polygons;
}

/** A ring on whole tile units, without repeated points, closed; null when nothing is left. */
function roundRing(ring: readonly (readonly number[])[]): Ring | null {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const point: [number, number] = [Math.round(x as number), Math.round(y as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  if (
    out.length > 1 &&
    out[0]![0] === out[out.length - 1]![0] &&
    out[0]![1] === out[out.length - 1]![1]
  )
    out.pop();
  if (out.length < 3) return null;
  out.push([out[0]![0], out[0]![1]]);
  return signedArea2(out) === 0 ? null : out;
}

/**
 * A polygon feature of a tile made valid on the tile's grid: its rings, rounded to whole units
 * by geojson-vt, may cross (a 10 m road's round join has vertices closer than a unit), and
 * MapLibre's triangulation (earcut) then fills holes it should leave open. polyclip-ts resolves
 * the crossings (a union of the feature with itself); outer rings come out clockwise on screen,
 * holes anticlockwise, as the MVT spec wants.
 */
function validFeature(feature: GeoJSONVTFeature): GeoJSONVTFeature | null {
  if (feature.type !== 3) return feature;
  const rings = (feature.geometry as number[][][]).map((ring) =>
    ring.map(([x, y]) => [x, y] as [number, number]),
  );
  const polygons = polygonsOf(rings);
  if (polygons.length === 0) return null;
  const [first, ...rest] = polygons;
  const union = polyclip.union(first as polyclip.Geom, ...(rest as polyclip.Geom[]));
  const geometry: Ring[] = [];
  for (const polygon of union) {
    const [outer, ...holes] = polygon.map(roundRing);
    if (!outer) continue;
    geometry.push(clockwise(outer, true));
    for (const hole of holes) if (hole) geometry.push(clockwise(hole, false));
  }
  return geometry.length > 0 ? { ...feature, geometry } : null;
}

function clockwise(ring: Ring, wanted: boolean): Ring {
  return signedArea2(ring) > 0 === wanted ? ring : ring.slice().reverse();
}

/** The tile with each polygon feature made valid on the tile grid (see `validFeature`). */
export function withValidPolygons(tile: GeoJSONVTTile): GeoJSONVTTile {
  const features = (tile.features as GeoJSONVTFeature[]).flatMap((f) => validFeature(f) ?? []);
  return { ...tile, features } as GeoJSONVTTile;
}
