import type { FieldCondition, LayerFilter } from './filter-types.ts';

type Scalar = string | number | boolean;

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function matchesValues(value: unknown, values: readonly string[]): boolean {
  if (isScalar(value)) return values.includes(String(value));
  if (Array.isArray(value))
    return value.some((item) => isScalar(item) && values.includes(String(item)));
  return false;
}

function inRange(value: unknown, min: number | null, max: number | null): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return (min === null || value >= min) && (max === null || value <= max);
}

/** Whether one property value meets one condition; a missing value never does. */
export function meetsCondition(value: unknown, condition: FieldCondition): boolean {
  return condition.kind === 'values'
    ? matchesValues(value, condition.values)
    : inRange(value, condition.min, condition.max);
}

/** Whether a feature's properties meet every condition of a layer's filter. */
export function passesFilter(
  properties: Readonly<Record<string, unknown>> | null | undefined,
  filter: LayerFilter,
): boolean {
  for (const [field, condition] of Object.entries(filter))
    if (!meetsCondition(properties?.[field], condition)) return false;
  return true;
}

// A range slider makes a new filter per step: keep only the latest few per collection.
const CACHED_FILTERS_PER_COLLECTION = 8;

const filtered = new WeakMap<GeoJSON.FeatureCollection, Map<string, GeoJSON.FeatureCollection>>();

/**
 * The collection's features that pass the filter, as a collection. The same collection and
 * filter give the same object back, so whatever is keyed by the collection's identity (the checks
 * worker ships a layer once per object) does not redo its work.
 */
export function filterCollection(
  collection: GeoJSON.FeatureCollection,
  filter: LayerFilter | undefined,
): GeoJSON.FeatureCollection {
  if (filter === undefined || Object.keys(filter).length === 0) return collection;
  const key = JSON.stringify(filter);
  let byFilter = filtered.get(collection);
  if (!byFilter) {
    byFilter = new Map();
    filtered.set(collection, byFilter);
  }
  const cached = byFilter.get(key);
  if (cached) return cached;
  const features = collection.features.filter((feature) =>
    passesFilter(feature.properties, filter),
  );
  const result: GeoJSON.FeatureCollection = { ...collection, features };
  if (byFilter.size >= CACHED_FILTERS_PER_COLLECTION) {
    const oldest = byFilter.keys().next().value;
    if (oldest !== undefined) byFilter.delete(oldest);
  }
  byFilter.set(key, result);
  return result;
}
