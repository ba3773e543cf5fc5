import type { Lang } from '../i18n/messages.ts';
import { dateText } from '../schema-form/dateText.ts';
import { PROPERTY_LABELS, unitOf, VALUE_LABELS } from '../schema-form/labels.ts';
import { propertyText } from './propertyText.ts';

/** A property's name as the inspector shows it: the schema's label and unit, else as written. */
export function propertyLabel(key: string, lang: Lang): string {
  const label = PROPERTY_LABELS[key]?.[lang];
  if (!label) return key;
  const unit = unitOf(key);
  return unit ? `${label} (${unit})` : label;
}

/**
 * A property's value in the UI's language: coded values ("operating", "national-road") through
 * the schema's value labels, ISO dates the way the language writes them (05/03/2024 in
 * Vietnamese), anything else as `propertyText` writes it.
 */
export function codedValueText(value: unknown, lang: Lang): string {
  if (typeof value === 'string' && VALUE_LABELS[value]) return VALUE_LABELS[value][lang];
  if (typeof value === 'string') {
    const shown = dateText(value, lang);
    if (shown !== value) return shown;
  }
  return propertyText(value, lang);
}
