import { type Lang, type MessageKey, t } from '../i18n/messages.ts';
import type { IgnoredPart } from './map-state.ts';

/** Why a part was ignored, including a selected feature that the loaded layer does not hold. */
export type IgnoredReason = IgnoredPart['reason'] | 'unknown-feature';

const REASON_KEY: Record<IgnoredReason, MessageKey> = {
  'unknown-layer': 'linkUnknownLayer',
  'bad-opacity': 'linkBadOpacity',
  'unknown-check': 'linkUnknownCheck',
  'bad-lang': 'linkBadLang',
  'bad-selection': 'linkBadSelection',
  'bad-frame': 'linkBadFrame',
  'unknown-feature': 'linkUnknownFeature',
  'unknown-field': 'linkUnknownField',
  'bad-filter': 'linkBadFilter',
};

// A hostile link can be long: the note names a few parts, each cut short, and counts the rest.
const MAX_PARTS = 6;
const MAX_VALUE_CHARS = 40;

const clip = (text: string) =>
  text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;

/**
 * The short note a page shows when a link held parts it could not use, as plain text (the
 * caller renders it as text, never as markup). Empty when nothing was ignored.
 */
export function ignoredNote(
  lang: Lang,
  parts: readonly { value: string; reason: IgnoredReason }[],
): string {
  if (parts.length === 0) return '';
  const named = parts
    .slice(0, MAX_PARTS)
    .map((part) => `${t(lang, REASON_KEY[part.reason])} “${clip(part.value)}”`);
  const more = parts.length > MAX_PARTS ? ` (+${parts.length - MAX_PARTS})` : '';
  return `${t(lang, 'linkIgnored')}: ${named.join('; ')}${more}.`;
}
