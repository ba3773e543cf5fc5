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

function containsPoint(ring: Ring, [px, py]: [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Rings grouped into polygons by where they lie, not by their order: each hole (the winding
 * opposite to the first ring's) goes to the smallest outer ring that holds it; a hole no outer
 * ring holds is dropped. geojson-vt can leave a piece's holes after another piece's tiny outer
 * ring, and MapLibre, which groups by order, would then fill them.
 */
function polygonsOf(rings: readonly Ring[]): Ring[][] {
  const outerSign = Math.sign(signedArea2(rings.find((r) => signedArea2(r) !== 0) ?? []));
  const outers = rings
    .filter((r) => Math.sign(signedArea2(r)) === outerSign)
    .map((ring) => ({ ring, area: Math.abs(signedArea2(ring)), box: boxOf(ring) }))
    .sort((a, b) => a.area - b.area);
  const polygons = new Map(outers.map((o) => [o, [o.ring]]));
  for (const hole of rings) {
    if (Math.sign(signedArea2(hole)) !== -outerSign) continue;
    const at = interiorPointOf(hole);
    const parent = outers.find(
      (o) =>
        at[0] >= o.box[0] &&
        at[0] <= o.box[2] &&
        at[1] >= o.box[1] &&
        at[1] <= o.box[3] &&
        containsPoint(o.ring, at),
    );
    if (parent) polygons.get(parent)!.push(hole);
  }
  return [...polygons.values()];
}

function boxOf(ring: Ring): [number, number, number, number] {
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A point of the hole's area: the middle of its first edge, nudged a little inside. */
function interiorPointOf(ring: Ring): [number, number] {
  const [a, b] = [ring[0]!, ring[1]!];
  const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy) || 1;
  // A quarter unit off the edge, on whichever side lies inside the hole.
  const left: [number, number] = [mx - (dy / length) * 0.25, my + (dx / length) * 0.25];
  return containsPoint(ring, left) ? left : [mx + (dy / length) * 0.25, my - (dx / length) * 0.25];
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
