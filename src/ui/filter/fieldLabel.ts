import { propertyLabel } from '../../core/format/codedText.ts';
import { type Lang, type MessageKey, t } from '../../core/i18n/messages.ts';

// The derived frame properties have the inspector's labels, not the form's.
const FRAME_LABELS: Readonly<Record<string, MessageKey>> = {
  districts_2019: 'districts2019',
  communes_2025: 'communes2025',
  provinces_2025: 'provinces2025',
};

/** A property's name in the filter, in the UI's language. */
export function filterFieldLabel(field: string, lang: Lang): string {
  const frame = FRAME_LABELS[field];
  return frame ? t(lang, frame) : propertyLabel(field, lang);
}
