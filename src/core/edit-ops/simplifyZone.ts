import { simplify } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { DocumentState } from '../document/state.ts';
import { geodesicAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
import { localPlaneAt } from '../geodesy/local-plane.ts';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import type { LayerDef } from '../layers/types.ts';
import { checkResultGeometry } from './checkResult.ts';
import { fromPolygons, isRefusal, polygonsOf, zoneAt } from './polygonal.ts';
import { type EditOpResult, refuse } from './result.ts';

/**
 * Simplifies a traced zone outline (Douglas–Peucker, Turf's high-quality mode) with a
 * tolerance in metres: the outline is put on the ellipsoid's local plane at the zone's mean
 * latitude (metres east and north), simplified there and the kept vertices taken back
 * unchanged from the original, so nothing moves, vertices only go. Douglas–Peucker can make
 * a ring cross itself or a hole: the result is checked with the project's validator and
 * refused, with the validator's reason, when it is not a valid polygon.
 */
export function simplifyZone(
  doc: DocumentState,
  layer: LayerDef,
  key: string,
  toleranceMeters: number,
): EditOpResult {
  if (!Number.isFinite(toleranceMeters) || toleranceMeters <= 0) {
    return refuse('tolerance', M.refusedTolerance);
  }
  const zone = zoneAt(doc.layers.get(layer.id), key);
  if (isRefusal(zone)) return zone;
  const polygons = polygonsOf(zone.geometry);
  const positions = polygons.flat(2);
  const lat0 = positions.reduce((sum, p) => sum + p[1]!, 0) / positions.length;
  const lon0 = positions[0]![0]!;
  const plane = localPlaneAt(lat0);
  const original = new Map<string, Position>();
  const toPlane = (p: Position): Position => {
    const q = [
      (p[0]! - lon0) * plane.metersPerDegreeLon,
      (p[1]! - lat0) * plane.metersPerDegreeLat,
    ];
    original.set(`${q[0]},${q[1]}`, p);
    return q;
  };
  const planar = fromPolygons(polygons.map((rings) => rings.map((ring) => ring.map(toPlane))));
  if (!planar) return refuse('empty', M.refusedEmpty);
  const simplified = simplify(planar, { tolerance: toleranceMeters, highQuality: true }) as
    | Polygon
    | MultiPolygon;
  const back = (q: Position): Position => original.get(`${q[0]},${q[1]}`) ?? q;
  const geometry = fromPolygons(
    polygonsOf(simplified).map((rings) => rings.map((ring) => ring.map(back))),
  );
  if (!geometry) return refuse('empty', M.refusedEmpty);
  if (geometry.type === zone.geometry.type && countPositions(geometry) === positions.length) {
    return refuse('nothing-removed', M.refusedNothingRemoved);
  }
  const invalid = checkResultGeometry(layer, geometry);
  if (invalid) return invalid;
  return {
    ok: true,
    patch: { put: [{ layer: layer.id, key, feature: { ...zone, geometry } }], delete: [] },
    keys: [key],
    areasSquareMeters: [geodesicAreaSquareMeters(geometry)],
  };
}

function countPositions(geometry: Polygon | MultiPolygon): number {
  return polygonsOf(geometry).flat(2).length;
}
