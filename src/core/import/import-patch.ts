import { newFeatureId } from '../document/newFeatureId.ts';
import type { DeleteOp, LayerOp, Patch, PutOp } from '../document/patch.ts';
import type { UserGeometryType, UserLayerDef } from '../layers/userLayer.ts';
import type { ImportTarget } from './import-target.ts';

/** Where an accepted import landed: enough to name it in the report and to move it elsewhere. */
export interface Landing {
  /** The layers it landed in (one, or one new layer per geometry kind), with their keys. */
  layers: { id: string; name: string; created: boolean; keys: string[] }[];
  /**
   * The features it replaced (the `replace` choice), as puts that bring them back where they
   * were: a move of the file restores them before it lands again (see `landImport`).
   */
  restores?: PutOp[];
}

/** What the patch builder needs besides the features. */
export interface ImportPatchContext {
  fileName: string;
  /** The name of the new layer(s): the file's name, by default. */
  layerName: string;
  /** How many planners' layers exist already: picks the next colour. */
  userLayerCount: number;
  /** Words for the geometry kinds, added to the names when a file holds several. */
  kindWords: Readonly<Record<UserGeometryType, string>>;
  /** A landing this import replaces (the planner moved the file to another target). */
  replaces?: Landing;
  /**
   * The layer holding a feature key now, for an import that replaces features by id: one held
   * by another layer than the target leaves it in the same patch (ids are unique on the map).
   */
  holderOf?: (key: string) => string | undefined;
  /** A fresh id (tests pass a counter); defaults to `newFeatureId`. */
  newId?: (prefix: string) => string;
}

/** Distinct colours for planners' new layers, cycled (Tableau 10, readable on the basemap). */
export const NEW_LAYER_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
] as const;

const KIND_OF: Readonly<Record<string, UserGeometryType>> = {
  Point: 'Point',
  MultiPoint: 'Point',
  LineString: 'LineString',
  MultiLineString: 'LineString',
  Polygon: 'Polygon',
  MultiPolygon: 'Polygon',
};

/**
 * An accepted import as one patch (one undo step): the features put into the target layer, or
 * into new planners' layers named after the file, one per geometry kind the file holds (a
 * planner's layer holds one kind). A feature without an id gets a fresh one; a null geometry
 * goes with the file's most common kind. When `replaces` is given, the same patch takes the
 * earlier landing away, so moving a file to another layer is one step too.
 */
export function importPatch(
  target: ImportTarget,
  features: readonly GeoJSON.Feature[],
  context: ImportPatchContext,
): { patch: Patch; landing: Landing } {
  const steps = importPatchInSteps(target, features, context);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Features handled between two pauses of {@link importPatchInSteps}: a few milliseconds. */
export const FEATURES_PER_STEP = 2048;

/**
 * {@link importPatch} as a generator that pauses (yields) every {@link FEATURES_PER_STEP}
 * features: the page runs it across several tasks when a large file lands (a 250,000-feature
 * Shapefile took 165 ms in the one task of the click on Import), `importPatch` all at once.
 */
export function* importPatchInSteps(
  target: ImportTarget,
  features: readonly GeoJSON.Feature[],
  context: ImportPatchContext,
): Generator<void, { patch: Patch; landing: Landing }, void> {
  const newId = context.newId ?? newFeatureId;
  const { put, del, layers } = removing(context.replaces);
  const landing: Landing = { layers: [] };
  function* land(layerId: string, group: readonly GeoJSON.Feature[]) {
    const keys: string[] = [];
    for (const feature of group) {
      if (keys.length % FEATURES_PER_STEP === FEATURES_PER_STEP - 1) yield;
      const key = feature.id === undefined ? newId(layerId) : String(feature.id);
      keys.push(key);
      // A copy only where the id changes (most files' ids are strings already, and the import
      // worker gives those without one theirs): 100,000 copies are a long pause of the page.
      const keyed = feature.id === key ? feature : { ...feature, id: key };
      put.push({ layer: layerId, key, feature: keyed });
      const holder = context.holderOf?.(key);
      const leaving = holder !== undefined && holder !== layerId;
      if (leaving && !del.some((op) => op.layer === holder && op.key === key))
        del.push({ layer: holder, key });
    }
    return keys;
  }
  if (target.kind === 'layer') {
    const keys = yield* land(target.layerId, features);
    landing.layers.push({ id: target.layerId, name: target.layerId, created: false, keys });
    return { patch: { put, delete: del, layers }, landing };
  }
  const groups = yield* byKindInSteps(features);
  for (const [index, [kind, group]] of groups.entries()) {
    const name =
      groups.length > 1 ? `${context.layerName} (${context.kindWords[kind]})` : context.layerName;
    const color = NEW_LAYER_COLORS[(context.userLayerCount + index) % NEW_LAYER_COLORS.length]!;
    const def: UserLayerDef = { id: newId('user'), name, geometryType: kind, color };
    layers.push({ op: 'create', def });
    landing.layers.push({ id: def.id, name, created: true, keys: yield* land(def.id, group) });
  }
  return { patch: { put, delete: del, layers }, landing };
}

function removing(landing: Landing | undefined): {
  put: PutOp[];
  del: DeleteOp[];
  layers: LayerOp[];
} {
  const del: DeleteOp[] = [];
  const layers: LayerOp[] = [];
  for (const layer of landing?.layers ?? []) {
    if (layer.created) layers.push({ op: 'remove', id: layer.id });
    else for (const key of layer.keys) del.push({ layer: layer.id, key });
  }
  return { put: [], del, layers };
}

/**
 * Features grouped by geometry kind, the largest group first; null geometries join it: the new
 * layers of an import, in order (the import worker groups the same way for the map's data).
 */
export function byKind(
  features: readonly GeoJSON.Feature[],
): [UserGeometryType, GeoJSON.Feature[]][] {
  const steps = byKindInSteps(features);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** {@link byKind}, pausing every {@link FEATURES_PER_STEP} features. */
function* byKindInSteps(
  features: readonly GeoJSON.Feature[],
): Generator<void, [UserGeometryType, GeoJSON.Feature[]][], void> {
  const groups = new Map<UserGeometryType, GeoJSON.Feature[]>();
  const unplaced: GeoJSON.Feature[] = [];
  let seen = 0;
  for (const feature of features) {
    if (++seen % FEATURES_PER_STEP === 0) yield;
    const kind = feature.geometry ? KIND_OF[feature.geometry.type] : undefined;
    if (!kind) {
      unplaced.push(feature);
      continue;
    }
    const group = groups.get(kind);
    if (group) group.push(feature);
    else groups.set(kind, [feature]);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  if (unplaced.length > 0) {
    // One by one: a spread of 200,000 null geometries overflows the call stack.
    if (sorted[0]) for (const feature of unplaced) sorted[0][1].push(feature);
    else sorted.push(['Point', unplaced]);
  }
  return sorted;
}
