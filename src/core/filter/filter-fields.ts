import { compareVietnamese } from '../i18n/collation.ts';
import type { LayerDef } from '../layers/types.ts';

/** A property a planner can filter a layer by, and how: by its values or by a number range. */
export type FilterField =
  | { field: string; kind: 'values'; options: readonly string[] }
  | { field: string; kind: 'range'; min: number; max: number };

// A list of checkboxes past this many is no longer a choice a planner can read: such a property
// (a free-text note, a name) is searched, not filtered.
const MAX_OPTIONS = 40;

/**
 * The distinct values the features hold, sorted; stops as soon as there are more than can be
 * listed (a name in each of 100,000 imported features would otherwise be gathered and sorted
 * on every change of the layer, for a list never shown).
 */
function presentValues(features: readonly GeoJSON.Feature[], field: string): string[] {
  const seen = new Set<string>();
  for (const feature of features) {
    const value = feature.properties?.[field];
    for (const item of Array.isArray(value) ? value : [value])
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
        if (String(item) !== '') seen.add(String(item));
    if (seen.size > MAX_OPTIONS) return [...seen];
  }
  return [...seen].sort(compareVietnamese);
}

function numberSpan(features: readonly GeoJSON.Feature[], field: string) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const feature of features) {
    const value = feature.properties?.[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min <= max ? { min, max } : null;
}

/**
 * The properties of a layer's schema it makes sense to filter by, with their choices: the
 * schema's allowed values (all of them, present or not), else the values the features hold
 * (when there are few enough to list); numbers by a range spanning the features' values. A
 * property no feature holds is left out, except one with allowed values.
 */
export function filterFields(layer: LayerDef, features: readonly GeoJSON.Feature[]): FilterField[] {
  const fields: FilterField[] = [];
  for (const [field, rule] of Object.entries(layer.properties)) {
    if (rule.type === 'number') {
      const span = numberSpan(features, field);
      if (span) fields.push({ field, kind: 'range', ...span });
      continue;
    }
    const options = rule.values ? [...rule.values] : presentValues(features, field);
    if (options.length > 0 && options.length <= MAX_OPTIONS)
      fields.push({ field, kind: 'values', options });
  }
  return fields;
}
