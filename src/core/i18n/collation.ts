import type { Lang } from './messages.ts';

/** The page's locale for each UI language: Vietnamese order (Đ after D, tones in their order). */
const LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi', en: 'en-GB' };

const collators = new Map<Lang, Intl.Collator>();

/**
 * The one collator for a language's text, made once: `localeCompare` with a locale builds (or
 * looks up) a collator on every call, which a sort of thousands of names pays per pair. Its
 * order is `localeCompare(a, b, locale)`'s (default options: tones and case still count).
 */
export function textCollator(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(LOCALES[lang]);
    collators.set(lang, collator);
  }
  return collator;
}

/** Compares two texts in Vietnamese order: D < Đ < E, and a < à < ả < ã < á < ạ. */
export function compareVietnamese(a: string, b: string): number {
  return textCollator('vi').compare(a, b);
}
