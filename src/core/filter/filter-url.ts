import type { LayerDef } from '../layers/types.ts';
import type { FieldCondition, LayerFilter, LayerFilters } from './filter-types.ts';

/** A condition of a link's filter that could not be used, and why. */
export interface IgnoredFilterPart {
  value: string;
  reason: 'unknown-layer' | 'unknown-field' | 'bad-filter';
}

// The separators of the link's text: between conditions, inside one, between values, of a range.
const CONDITIONS = ',';
const PARTS = ':';
const VALUES = '|';
const RANGE = '~';
const SEPARATOR_CHARS = /[%|,:~]/g;

/** A value with the separators (and `%` itself) written as `%XX`, so splitting stays unambiguous. */
const escapeValue = (value: string) =>
  value.replace(SEPARATOR_CHARS, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

function unescapeValue(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function conditionText(condition: FieldCondition): string {
  if (condition.kind === 'range') return `${condition.min ?? ''}${RANGE}${condition.max ?? ''}`;
  return [...new Set(condition.values)].sort(compareText).map(escapeValue).join(VALUES);
}

/**
 * A filter as the link's `filter` parameter holds it, before the URL's own encoding:
 * `industrial-zones:status:operating|planned,industrial-zones:area_ha_declared:100~500`.
 * Canonical (the layers' order, then property names and values sorted), so reading it back gives
 * the same filter and the same text. Empty when nothing is filtered.
 */
export function filterToText(filters: LayerFilters, layers: readonly LayerDef[]): string {
  const conditions: string[] = [];
  for (const layer of layers) {
    const filter = filters[layer.id] ?? {};
    for (const field of Object.keys(filter).sort(compareText)) {
      const condition = filter[field];
      if (condition) conditions.push([layer.id, field, conditionText(condition)].join(PARTS));
    }
  }
  return conditions.join(CONDITIONS);
}

/**
 * The filter text written into a query string: percent-encoded as a URL needs, with the
 * separators left readable (they are escaped inside values, so they never need it here).
 */
export function filterToQueryValue(filters: LayerFilters, layers: readonly LayerDef[]): string {
  return filterTextToQueryValue(filterToText(filters, layers));
}

/** Filter text (`filterToText`) as a query string holds it, separators left readable. */
export function filterTextToQueryValue(text: string): string {
  return encodeURIComponent(text).replace(/%(3A|2C|7C|7E)/g, (code) => decodeURIComponent(code));
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function readBound(text: string): number | null | undefined {
  if (text === '') return null;
  return NUMBER.test(text) ? Number(text) : undefined;
}

function readRange(spec: string): FieldCondition | null {
  const [minText = '', maxText = '', ...rest] = spec.split(RANGE);
  const min = readBound(minText);
  const max = readBound(maxText);
  if (rest.length > 0 || min === undefined || max === undefined) return null;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) return null;
  return { kind: 'range', min, max };
}

function readValues(spec: string, allowed: readonly string[] | undefined): FieldCondition | null {
  const values: string[] = [];
  for (const part of spec.split(VALUES)) {
    const value = unescapeValue(part);
    if (value === null || value === '') return null;
    if (allowed && !allowed.includes(value)) return null;
    values.push(value);
  }
  return { kind: 'values', values: [...new Set(values)].sort(compareText) };
}

function readCondition(layer: LayerDef, field: string, spec: string): FieldCondition | null {
  const rule = layer.properties[field];
  if (!rule) return null;
  if (spec.includes(RANGE)) return rule.type === 'number' ? readRange(spec) : null;
  return readValues(spec, rule.values);
}

/**
 * Reads a link's `filter` parameter (as `URLSearchParams` gives it) against the layers and their
 * property schemas. Never throws: a condition on a layer or property that does not exist, a range
 * on a text property, a bound that is not a number or a value outside the property's allowed
 * values is left out and listed, so the rest of the filter still applies.
 */
export function parseFilterText(
  text: string,
  layers: readonly LayerDef[],
): { filters: LayerFilters; ignored: IgnoredFilterPart[] } {
  const byId = new Map(layers.map((layer) => [layer.id, layer]));
  const filters: Record<string, Record<string, FieldCondition>> = {};
  const ignored: IgnoredFilterPart[] = [];
  for (const entry of text.split(CONDITIONS)) {
    if (entry === '') continue;
    const [layerId = '', field = '', ...specParts] = entry.split(PARTS);
    const layer = byId.get(layerId);
    if (!layer) {
      ignored.push({ value: entry, reason: 'unknown-layer' });
      continue;
    }
    if (!Object.hasOwn(layer.properties, field)) {
      ignored.push({ value: entry, reason: 'unknown-field' });
      continue;
    }
    const condition =
      specParts.length === 1 ? readCondition(layer, field, specParts[0] ?? '') : null;
    if (!condition) {
      ignored.push({ value: entry, reason: 'bad-filter' });
      continue;
    }
    filters[layerId] = { ...filters[layerId], [field]: condition };
  }
  return { filters, ignored };
}

/** A layer's filter with one property's condition set, or removed when `condition` is null. */
export function withCondition(
  filter: LayerFilter | undefined,
  field: string,
  condition: FieldCondition | null,
): LayerFilter {
  const { [field]: _removed, ...rest } = filter ?? {};
  return condition ? { ...rest, [field]: condition } : rest;
}
