import { withCommon } from './schema.ts';
import type { GeometryKind, LayerDef } from './types.ts';

/** The geometry a planner's own layer holds: one kind per layer, its Multi form allowed too. */
export type UserGeometryType = 'Point' | 'LineString' | 'Polygon';

/**
 * A layer a planner creates in the app (name, geometry type, colour). It lives in the document,
 * travels in patches and changesets as plain JSON, and becomes a `LayerDef` through
 * `userLayerToLayerDef`, so the style, legend, inspector, analysis and export treat it like any
 * registry layer.
 */
export interface UserLayerDef {
  /** Unique among all layers; `user-…` by convention so it never collides with the registry. */
  id: string;
  /** The planner's name for it, shown in both languages as typed. */
  name: string;
  geometryType: UserGeometryType;
  /** CSS hex colour, e.g. `#d9480f`. */
  color: string;
}

const MULTI: Record<UserGeometryType, readonly GeometryKind[]> = {
  Point: ['Point', 'MultiPoint'],
  LineString: ['LineString', 'MultiLineString'],
  Polygon: ['Polygon', 'MultiPolygon'],
};

/** Draw order for planners' layers: above every registry layer (those stay below 100). */
const USER_LAYER_ORDER = 1000;

/** The registry-shaped definition of a planner's layer: the common provenance schema, editable. */
export function userLayerToLayerDef(def: UserLayerDef): LayerDef {
  return {
    id: def.id,
    title: { vi: def.name, en: def.name },
    description: { vi: 'Lớp do người lập quy hoạch tạo', en: "A planner's own layer" },
    geometryTypes: MULTI[def.geometryType],
    properties: withCommon({}),
    style: {
      color: def.color,
      fillOpacity: 0.25,
      lineWidthPx: 2,
      circleRadiusPx: 5,
      labelProperty: 'name',
    },
    order: USER_LAYER_ORDER,
    source: { kind: 'geojson', file: `${def.id}.geojson` },
    visibleByDefault: true,
    editable: true,
  };
}
