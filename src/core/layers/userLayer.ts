import { withCommon } from './schema.ts';
import type { GeometryKind, LayerDef, PropertyRule, PropertySchema } from './types.ts';

/** The geometry a planner's own layer holds: one kind per layer, its Multi form allowed too. */
export type UserGeometryType = 'Point' | 'LineString' | 'Polygon';

/** One property a planner's layer asks of its features (beyond the common provenance ones). */
export interface UserField {
  /** The property name, e.g. `area_target`. */
  name: string;
  type: 'string' | 'number' | 'boolean';
  required: boolean;
  /** The allowed values (strings only); any value when absent or empty. */
  values?: string[];
}

/**
 * A layer a planner creates in the app (name, geometry type, colour). It lives in the document,
 * travels in patches and changesets as plain JSON, and becomes a `LayerDef` through
 * `userLayerToLayerDef`, so the style, legend, inspector, analysis and export treat it like any
 * registry layer.
 */
export interface UserLayerDef {
  /** Unique among all layers; `user-…` by convention so it never collides with the registry. */
  id: string;
  /** The planner's name for it in Vietnamese (shown in both languages when `nameEn` is absent). */
  name: string;
  /** Its English name, if the planner gave one. */
  nameEn?: string;
  geometryType: UserGeometryType;
  /** CSS hex colour, e.g. `#d9480f`. */
  color: string;
  /** Its own properties, checked by the validator and offered by the property form. */
  fields?: UserField[];
}

const MULTI: Record<UserGeometryType, readonly GeometryKind[]> = {
  Point: ['Point', 'MultiPoint'],
  LineString: ['LineString', 'MultiLineString'],
  Polygon: ['Polygon', 'MultiPolygon'],
};

/** Draw order for planners' layers: above every registry layer (those stay below 100). */
const USER_LAYER_ORDER = 1000;

function fieldRule(field: UserField): PropertyRule {
  const values = field.type === 'string' && field.values?.length ? { values: field.values } : {};
  return { type: field.type, required: field.required, ...values, description: field.name };
}

/** The planner's fields as a property schema. */
function fieldsSchema(fields: readonly UserField[]): PropertySchema {
  return Object.fromEntries(fields.map((field) => [field.name, fieldRule(field)]));
}

const defs = new WeakMap<UserLayerDef, LayerDef>();

/**
 * The registry-shaped definition of a planner's layer: the common provenance schema plus its
 * own fields, editable. The same object for the same `def` (style caches key on it).
 */
export function userLayerToLayerDef(def: UserLayerDef): LayerDef {
  let layer = defs.get(def);
  if (!layer) {
    layer = buildLayerDef(def);
    defs.set(def, layer);
  }
  return layer;
}

function buildLayerDef(def: UserLayerDef): LayerDef {
  return {
    id: def.id,
    title: { vi: def.name, en: def.nameEn || def.name },
    description: { vi: 'Lớp do người lập quy hoạch tạo', en: "A planner's own layer" },
    geometryTypes: MULTI[def.geometryType],
    properties: withCommon(fieldsSchema(def.fields ?? [])),
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
