import { booleanDisjoint, featureCollection, union } from '@turf/turf';
import type { Patch } from '../document/patch.ts';
import type { DocumentState } from '../document/state.ts';
import { geodesicAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import type { LayerDef } from '../layers/types.ts';
import { checkResultGeometry } from './checkResult.ts';
import { isRefusal, zoneAt } from './polygonal.ts';
import { type EditOpResult, refuse } from './result.ts';

/**
 * Merges two zones of a layer into the first (planar union in lon/lat, polyclip-ts through
 * Turf): the first keeps its key, id and properties, the second is deleted. Zones that do not
 * touch are refused (a click on the wrong zone should not make a MultiPolygon by surprise)
 * unless `allowApart`, which gives a MultiPolygon. One patch: undo brings both back as they were.
 */
export function mergeZones(
  doc: DocumentState,
  layer: LayerDef,
  firstKey: string,
  secondKey: string,
  options: { allowApart?: boolean } = {},
): EditOpResult {
  if (firstKey === secondKey) return refuse('same-feature', M.refusedSameFeature);
  const state = doc.layers.get(layer.id);
  const first = zoneAt(state, firstKey);
  if (isRefusal(first)) return first;
  const second = zoneAt(state, secondKey);
  if (isRefusal(second)) return second;
  if (!options.allowApart && booleanDisjoint(first, second)) {
    return refuse('not-touching', M.refusedNotTouching);
  }
  const merged = union(featureCollection([first, second]));
  if (!merged) return refuse('empty', M.refusedEmpty);
  const geometry = merged.geometry;
  const invalid = checkResultGeometry(layer, geometry);
  if (invalid) return invalid;
  const patch: Patch = {
    put: [{ layer: layer.id, key: firstKey, feature: { ...first, geometry } }],
    delete: [{ layer: layer.id, key: secondKey }],
  };
  return {
    ok: true,
    patch,
    keys: [firstKey],
    areasSquareMeters: [geodesicAreaSquareMeters(geometry)],
  };
}
