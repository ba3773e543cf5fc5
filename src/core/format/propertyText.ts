import type { Lang } from '../i18n/messages.ts';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * Any property value as plain text for display. Values are never interpreted as markup: the
 * caller puts this string in a text node, so `<b>` shows as the characters `<b>`.
 */
export function propertyText(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number')
    return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: 6 });
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((item) => propertyText(item, lang)).join(', ');
  }
  return JSON.stringify(value);
}

/** Metres as m or km, with the locale's digits. */
export function formatLength(lengthMeters: number, lang: Lang): string {
  if (lengthMeters < 1000) {
    return `${lengthMeters.toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 })} m`;
  }
  return `${(lengthMeters / 1000).toLocaleString(LOCALE[lang], { maximumFractionDigits: 3 })} km`;
}

/** Square metres as ha (and km² when large): planners read plans in hectares. */
export function formatArea(areaSquareMeters: number, lang: Lang): string {
  const hectares = areaSquareMeters / 10_000;
  const ha = `${hectares.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 })} ha`;
  if (hectares < 1000) return ha;
  const km2 = (areaSquareMeters / 1_000_000).toLocaleString(LOCALE[lang], {
    maximumFractionDigits: 2,
  });
  return `${ha} (${km2} km²)`;
}
