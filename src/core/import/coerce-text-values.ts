import type { LayerDef, PropertyRule } from '../layers/types.ts';
import { parseFieldValue } from '../schema-form/parseFieldValue.ts';

/** Features whose text values were read as the numbers and booleans their layer asks for. */
export interface CoercedFeatures {
  features: GeoJSON.Feature[];
  /** The properties converted in at least one feature, in schema order. */
  convertedFields: string[];
}

/**
 * KML, CSV and the like carry every value as text, and a GeoJSON written from a spreadsheet
 * often does too, so an `accuracy_m` of "5" would be flagged as not a number and the inspector would show no error distance. Where the layer's schema
 * asks for a number or a boolean, text that reads exactly as one the way the property form
 * reads it (`0,5` or `0.5`; có/không, yes/no, true/false, 1/0) becomes that value. Anything
 * else stays text as it was, for the schema check to flag; features without such text are not
 * copied.
 */
export function coerceTextValues(
  features: readonly GeoJSON.Feature[],
  layer: LayerDef,
): CoercedFeatures {
  const rules = Object.entries(layer.properties).filter(
    ([, rule]) => rule.type === 'number' || rule.type === 'boolean',
  );
  if (rules.length === 0) return { features: [...features], convertedFields: [] };
  const converted = new Set<string>();
  const out = features.map((feature) => {
    const properties = feature.properties;
    if (!properties) return feature;
    let changed: Record<string, unknown> | undefined;
    for (const [name, rule] of rules) {
      const value = properties[name];
      if (typeof value !== 'string') continue;
      const read = readAs(name, rule, value);
      if (read === undefined) continue;
      changed ??= { ...properties };
      changed[name] = read;
      converted.add(name);
    }
    return changed ? { ...feature, properties: changed } : feature;
  });
  return {
    features: out,
    convertedFields: rules.map(([name]) => name).filter((name) => converted.has(name)),
  };
}

/** Whether a text reads exactly as a number or a boolean, the way the property form reads it. */
export function textReadsAs(text: string, type: 'number' | 'boolean'): boolean {
  const rule: PropertyRule = { type, required: false, description: type };
  return readAs(type, rule, text) !== undefined;
}

/** The value a text reads as for its rule, or undefined when it does not read as one. */
function readAs(name: string, rule: PropertyRule, text: string): number | boolean | undefined {
  // The bounds are the schema check's business: 500 for a 0–100 field is still a number.
  const field = {
    name,
    label: { vi: name, en: name },
    kind: rule.type === 'number' ? ('number' as const) : ('checkbox' as const),
    required: false,
    description: rule.description,
    rule,
  };
  const parsed = parseFieldValue(field, text);
  if (!parsed.ok) return undefined;
  const { value } = parsed;
  return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}
