import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerState } from '../document/state.ts';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import { type EditOpRefusal, refuse } from './result.ts';

/** A zone: a feature whose geometry is a Polygon or a MultiPolygon. */
export type ZoneFeature = GeoJSON.Feature<Polygon | MultiPolygon>;

/** The zone stored under `key`, or why it cannot be used. */
export function zoneAt(layer: LayerState | undefined, key: string): ZoneFeature | EditOpRefusal {
  const feature = layer?.features.get(key);
  if (!feature) return refuse('missing', M.refusedMissing);
  const type = feature.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return refuse('not-polygon', M.refusedNotPolygon);
  }
  return feature as ZoneFeature;
}

/** Whether a `zoneAt` answer is a refusal. */
export function isRefusal(value: unknown): value is EditOpRefusal {
  return typeof value === 'object' && value !== null && (value as EditOpRefusal).ok === false;
}

/** A geometry from polygons: a Polygon for one, a MultiPolygon for several, null for none. */
export function fromPolygons(polygons: readonly Position[][][]): Polygon | MultiPolygon | null {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: [...polygons] };
}

/** A Polygon's or MultiPolygon's polygons. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
