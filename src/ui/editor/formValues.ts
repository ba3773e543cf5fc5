import type { Lang } from '../../core/i18n/messages.ts';
import { dateText } from '../../core/schema-form/dateText.ts';
import type { FormField } from '../../core/schema-form/formFields.ts';
import { parseFieldValue } from '../../core/schema-form/parseFieldValue.ts';

/** The text a form field shows for a stored value. */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The text a schema field shows for a stored value: a date the way the UI's language writes it. */
export function fieldText(field: FormField, value: unknown, lang: Lang): string {
  if (field.kind === 'date' && typeof value === 'string') return dateText(value, lang);
  return textOf(value);
}

/** A free-form property outside the schema, as typed (and as stored, when untouched). */
export interface ExtraProperty {
  key: string;
  text: string;
  original?: unknown;
}

/** The outcome of a whole form: the properties to save, or each refused field's message. */
export type FormResult =
  | { ok: true; properties: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/**
 * Reads every field with the schema-form kernel; all or nothing, so nothing half-saves. Empty
 * required fields pass here: the feature is kept and the problems list marks it invalid.
 */
export function readForm(
  fields: readonly FormField[],
  texts: Readonly<Record<string, string>>,
  extra: readonly ExtraProperty[],
  lang: Lang,
): FormResult {
  const properties: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const parsed = parseFieldValue(field, texts[field.name] ?? '');
    if (!parsed.ok) errors[field.name] = parsed.message[lang];
    else if (parsed.value !== undefined) properties[field.name] = parsed.value;
  }
  const known = new Set(fields.map((field) => field.name));
  for (const { key, text, original } of extra) {
    const name = key.trim();
    if (name === '' || known.has(name)) continue;
    properties[name] = original !== undefined && textOf(original) === text ? original : text;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, properties };
}
