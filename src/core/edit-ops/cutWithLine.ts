import { booleanPointInPolygon, difference, featureCollection, intersect } from '@turf/turf';
import type { LineString, Polygon, Position } from 'geojson';
import type { Patch } from '../document/patch.ts';
import type { DocumentState } from '../document/state.ts';
import { geodesicAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import type { LayerDef } from '../layers/types.ts';
import { checkResultGeometry } from './checkResult.ts';
import { cutSide } from './cutSide.ts';
import { isRefusal, polygonsOf, zoneAt } from './polygonal.ts';
import { type EditOpResult, refuse } from './result.ts';

/** The parts may differ from the zone's area by this fraction (rounding in the clipper). */
const AREA_TOLERANCE = 1e-9;

/**
 * Cuts a zone with a drawn line that starts and ends outside it, into its parts (as GEOS's
 * `split` does): every part is a Polygon feature with the zone's properties and a new id
 * (`newId`), in the zone's place in the layer's order; the zone is deleted. One patch. Refused
 * when the line does not cross the zone, or when the parts do not add up to the zone's area.
 */
export function cutWithLine(
  doc: DocumentState,
  layer: LayerDef,
  key: string,
  line: LineString,
  newId: () => string,
): EditOpResult {
  const state = doc.layers.get(layer.id);
  const zone = zoneAt(state, key);
  if (isRefusal(zone)) return zone;
  const positions = line.coordinates;
  const first = positions[0];
  const last = positions.at(-1);
  if (positions.length < 2 || !first || !last) {
    return refuse('line-not-crossing', M.refusedLineNotCrossing);
  }
  if (booleanPointInPolygon(first, zone) || booleanPointInPolygon(last, zone)) {
    return refuse('line-not-crossing', M.refusedLineNotCrossing);
  }
  const side = cutSide(zone, positions);
  if (!side) return refuse('line-not-crossing', M.refusedLineNotCrossing);
  const sideFeature = { type: 'Feature' as const, properties: {}, geometry: polygon(side) };
  const inside = intersect(featureCollection([zone, sideFeature]));
  const outside = difference(featureCollection([zone, sideFeature]));
  const parts = [
    ...(inside ? polygonsOf(inside.geometry) : []),
    ...(outside ? polygonsOf(outside.geometry) : []),
  ].map(polygon);
  if (parts.length < 2) return refuse('line-not-crossing', M.refusedLineNotCrossing);
  const areas = parts.map(geodesicAreaSquareMeters);
  const total = geodesicAreaSquareMeters(zone.geometry);
  const sum = areas.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - total) > total * AREA_TOLERANCE) {
    return refuse('area-mismatch', M.refusedAreaMismatch);
  }
  for (const part of parts) {
    const invalid = checkResultGeometry(layer, part);
    if (invalid) return invalid;
  }
  const at = state?.order.indexOf(key) ?? -1;
  const patch: Patch = { put: [], delete: [{ layer: layer.id, key }] };
  const keys: string[] = [];
  parts.forEach((geometry, i) => {
    const id = newId();
    keys.push(id);
    const feature: GeoJSON.Feature = { ...zone, id, geometry };
    patch.put.push({ layer: layer.id, key: id, feature, ...(at >= 0 ? { index: at + i } : {}) });
  });
  return { ok: true, patch, keys, areasSquareMeters: areas };
}

function polygon(coordinates: Position[][]): Polygon {
  return { type: 'Polygon', coordinates };
}
