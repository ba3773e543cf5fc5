import { ISO_DATE } from '../layers/schema.ts';
import type { LayerDef, LocalizedText, PropertyRule } from '../layers/types.ts';
import { EXTRA_PROPERTY_HELP, PROPERTY_HELP } from './fieldHelp.ts';
import { PROPERTY_LABELS, unitOf, VALUE_LABELS } from './labels.ts';

/** How a field is edited. */
export type FieldKind = 'text' | 'number' | 'choice' | 'checkbox' | 'list' | 'date';

/** One allowed value, with its label. */
export interface FieldChoice {
  value: string;
  label: LocalizedText;
}

/** One field of the property form, derived from the layer's schema rule. */
export interface FormField {
  /** The property name. */
  name: string;
  label: LocalizedText;
  kind: FieldKind;
  required: boolean;
  /** Allowed values, for `choice`. */
  choices?: FieldChoice[];
  /** `m`, `km` or `ha`, read from the name (`accuracy_m`, `area_ha_declared`). */
  unit?: string;
  min?: number;
  max?: number;
  /** The schema's description (English, as the registry writes it, for the validator). */
  description: string;
  /** What the field holds, in both languages: the label's tooltip (set by `formFields`). */
  help?: LocalizedText;
  /** The rule the value is parsed and checked against. */
  rule: PropertyRule;
}

/** A field for a property the schema does not know: free text, removable. */
export function extraField(name: string): FormField {
  const rule: PropertyRule = { type: 'string', required: false, description: 'extra property' };
  return {
    name,
    label: { vi: name, en: name },
    kind: 'text',
    required: false,
    description: rule.description,
    help: EXTRA_PROPERTY_HELP,
    rule,
  };
}

/** The property form of a layer: its schema's fields in schema order, required ones first. */
export function formFields(layer: LayerDef): FormField[] {
  const fields = Object.entries(layer.properties).map(([name, rule]) => field(name, rule));
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

function field(name: string, rule: PropertyRule): FormField {
  const result: FormField = {
    name,
    label: PROPERTY_LABELS[name] ?? { vi: name, en: name },
    kind: kindOf(rule),
    required: rule.required,
    description: rule.description,
    // A name without help text (a planner's layer field) says its English description in both.
    help: PROPERTY_HELP[name] ?? { vi: rule.description, en: rule.description },
    rule,
  };
  if (rule.values) {
    result.choices = rule.values.map((value) => ({
      value,
      label: VALUE_LABELS[value] ?? { vi: value, en: value },
    }));
  }
  const unit = unitOf(name);
  if (unit) result.unit = unit;
  if (rule.min !== undefined) result.min = rule.min;
  if (rule.max !== undefined) result.max = rule.max;
  return result;
}

function kindOf(rule: PropertyRule): FieldKind {
  if (rule.type === 'number') return 'number';
  if (rule.type === 'boolean') return 'checkbox';
  if (rule.type === 'string[]') return 'list';
  if (rule.values) return 'choice';
  if (rule.pattern === ISO_DATE) return 'date';
  return 'text';
}
