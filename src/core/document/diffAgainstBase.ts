import type { DocumentState, LayerState } from './state.ts';

/** A feature that differs from its bundled version: which properties, and the geometry or not. */
export interface ModifiedFeature {
  key: string;
  /** Property names added, removed or changed, sorted. */
  properties: string[];
  geometry: boolean;
}

/** What changed in one layer against the bundled data. */
export interface LayerChanges {
  layer: string;
  /** A planner's layer that the bundled data does not have (all its features are `added`). */
  newLayer: boolean;
  /** A planner's layer present in the base but removed since (all its features are `deleted`). */
  removedLayer: boolean;
  added: string[];
  modified: ModifiedFeature[];
  deleted: string[];
}

/**
 * The "Changes" view's kernel: per layer, the features added, modified (with the properties that
 * changed and whether the geometry did) and deleted against `base` (the document as loaded,
 * `DocumentStore.getBase()`). Layers with no change are left out; unchanged layers cost nothing
 * (same object) and unchanged features one identity check.
 */
export function diffAgainstBase(doc: DocumentState, base: DocumentState): LayerChanges[] {
  const changes: LayerChanges[] = [];
  const ids = new Set([...base.layers.keys(), ...doc.layers.keys()]);
  for (const id of ids) {
    const now = doc.layers.get(id);
    const then = base.layers.get(id);
    if (now === then) continue;
    const layer = layerChanges(id, now, then);
    const any = layer.added.length + layer.modified.length + layer.deleted.length > 0;
    if (any || layer.newLayer || layer.removedLayer) changes.push(layer);
  }
  return changes;
}

function layerChanges(id: string, now?: LayerState, then?: LayerState): LayerChanges {
  const result: LayerChanges = {
    layer: id,
    newLayer: !then && !!now,
    removedLayer: !now && !!then,
    added: [],
    modified: [],
    deleted: [],
  };
  for (const key of now?.order ?? []) {
    const before = then?.features.get(key);
    const after = now!.features.get(key)!;
    if (!before) result.added.push(key);
    else if (before !== after) {
      const change = featureChange(key, before, after);
      if (change) result.modified.push(change);
    }
  }
  for (const key of then?.order ?? []) {
    if (!now?.features.has(key)) result.deleted.push(key);
  }
  return result;
}

/** How `after` differs from `before`, or undefined when they are equal in value. */
function featureChange(
  key: string,
  before: GeoJSON.Feature,
  after: GeoJSON.Feature,
): ModifiedFeature | undefined {
  const a = before.properties ?? {};
  const b = after.properties ?? {};
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  const properties = [...names].filter((name) => !sameValue(a[name], b[name])).sort();
  const geometry = !sameValue(before.geometry, after.geometry);
  if (properties.length === 0 && !geometry) return undefined;
  return { key, properties, geometry };
}

/** Deep equality for JSON values (what GeoJSON holds). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameValue(value, other[index]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((key) => x[key] !== undefined);
  const otherKeys = Object.keys(y).filter((key) => y[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameValue(x[key], y[key]));
}
