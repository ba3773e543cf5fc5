import { difference, featureCollection } from '@turf/turf';
import type { DocumentState } from '../document/state.ts';
import { geodesicAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import type { LayerDef } from '../layers/types.ts';
import { checkResultGeometry } from './checkResult.ts';
import { isRefusal, type ZoneFeature, zoneAt } from './polygonal.ts';
import { type EditOpResult, refuse } from './result.ts';

/**
 * Subtracts one polygon from a zone (planar difference in lon/lat): the zone keeps its key
 * and properties and loses the part the other covers, which may leave a hole or several
 * parts. The other polygon may come from any layer and is left as it is. Refused when they
 * do not overlap (nothing to do) or nothing would remain.
 */
export function subtractZone(
  doc: DocumentState,
  layer: LayerDef,
  key: string,
  cutter: ZoneFeature,
): EditOpResult {
  const zone = zoneAt(doc.layers.get(layer.id), key);
  if (isRefusal(zone)) return zone;
  const rest = difference(featureCollection([zone, cutter]));
  if (!rest) return refuse('empty', M.refusedEmpty);
  const geometry = rest.geometry;
  const before = geodesicAreaSquareMeters(zone.geometry);
  const after = geodesicAreaSquareMeters(geometry);
  if (after <= 0) return refuse('empty', M.refusedEmpty);
  if (Math.abs(before - after) <= before * 1e-12) return refuse('no-overlap', M.refusedNoOverlap);
  const invalid = checkResultGeometry(layer, geometry);
  if (invalid) return invalid;
  return {
    ok: true,
    patch: { put: [{ layer: layer.id, key, feature: { ...zone, geometry } }], delete: [] },
    keys: [key],
    areasSquareMeters: [after],
  };
}
