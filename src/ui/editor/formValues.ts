import type { EditorMessageKey } from '../../core/i18n/editorMessages.ts';
import type { PropertyRule, PropertySchema } from '../../core/layers/types.ts';

/** A field's text as typed, or its checkbox for booleans. */
export type FieldText = string | boolean;

/** A field's value after reading, or why it was refused (a message key). */
export type FieldResult = { ok: true; value: unknown } | { ok: false; error: EditorMessageKey };

const EMPTY: FieldResult = { ok: true, value: undefined };

/** The text a form field shows for a stored value. */
export function textOf(rule: PropertyRule | undefined, value: unknown): FieldText {
  if (rule?.type === 'boolean') return value === true;
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Reads one field against its rule. Empty is allowed here even when required: the feature is
 * then kept and marked invalid by the validator, never lost. A wrong type, a value outside the
 * allowed ones, a number out of range or a wrong format is refused.
 */
export function readField(rule: PropertyRule, text: FieldText): FieldResult {
  if (rule.type === 'boolean') return { ok: true, value: text === true };
  const trimmed = String(text).trim();
  if (trimmed === '') return EMPTY;
  if (rule.type === 'number') {
    const value = Number(trimmed.replace(',', '.'));
    if (!Number.isFinite(value)) return { ok: false, error: 'notANumber' };
    if (rule.min !== undefined && value < rule.min) return { ok: false, error: 'belowMin' };
    if (rule.max !== undefined && value > rule.max) return { ok: false, error: 'aboveMax' };
    return { ok: true, value };
  }
  if (rule.type === 'string[]') {
    return {
      ok: true,
      value: trimmed
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    };
  }
  if (rule.values && !rule.values.includes(trimmed)) return { ok: false, error: 'badPattern' };
  if (rule.pattern && !rule.pattern.test(trimmed)) return { ok: false, error: 'badPattern' };
  return { ok: true, value: trimmed };
}

/** The outcome of a whole form: the properties to save, or the refused fields. */
export type FormResult =
  | { ok: true; properties: Record<string, unknown> }
  | { ok: false; errors: Record<string, EditorMessageKey> };

/**
 * Reads every field; all or nothing, so nothing half-saves. `extra` are free-form properties
 * outside the schema (kept as typed, or as they were when untouched).
 */
export function readForm(
  schema: PropertySchema,
  texts: Readonly<Record<string, FieldText>>,
  extra: readonly { key: string; text: string; original?: unknown }[],
): FormResult {
  const properties: Record<string, unknown> = {};
  const errors: Record<string, EditorMessageKey> = {};
  for (const [key, rule] of Object.entries(schema)) {
    const result = readField(rule, texts[key] ?? '');
    if (!result.ok) errors[key] = result.error;
    else if (result.value !== undefined) properties[key] = result.value;
  }
  for (const { key, text, original } of extra) {
    const name = key.trim();
    if (name === '' || name in schema) continue;
    properties[name] =
      original !== undefined && textOf(undefined, original) === text ? original : text;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, properties };
}
