import type { LayerState } from '../document/state.ts';
import type { Lang } from '../i18n/messages.ts';

/** Sort direction of an attribute table column. */
export type SortDirection = 'ascending' | 'descending';

const COLLATORS: Record<Lang, Intl.Collator> = {
  vi: new Intl.Collator('vi', { numeric: true, sensitivity: 'base' }),
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
};

/**
 * The layer's feature keys sorted by one property: numbers by value, text in the language's
 * order (Vietnamese puts Đ after D), lists by their text; features without the property last
 * in either direction. Stable, so equal values keep the layer's order.
 */
export function sortKeys(
  layer: LayerState,
  keys: readonly string[],
  property: string,
  direction: SortDirection,
  lang: Lang,
): string[] {
  const collator = COLLATORS[lang];
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = keys.map((key) => ({
    key,
    value: sortValue(layer.features.get(key)?.properties?.[property]),
  }));
  rows.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return a.value === b.value ? 0 : a.value === undefined ? 1 : -1;
    }
    if (typeof a.value === 'number' && typeof b.value === 'number')
      return sign * (a.value - b.value);
    if (typeof a.value === 'number') return -sign;
    if (typeof b.value === 'number') return sign;
    return sign * collator.compare(a.value, b.value);
  });
  return rows.map((row) => row.key);
}

function sortValue(value: unknown): number | string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Each feature's searchable text, made once per feature object. */
const SEARCH_TEXT = new WeakMap<GeoJSON.Feature, string>();

/**
 * The keys whose feature matches every word of `query` in its id or any property value,
 * ignoring case and Vietnamese diacritics ("dong anh" finds "Đông Anh"). An empty query keeps
 * all keys.
 */
export function filterKeys(layer: LayerState, keys: readonly string[], query: string): string[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...keys];
  return keys.filter((key) => {
    const feature = layer.features.get(key);
    if (!feature) return false;
    const text = searchText(key, feature);
    return words.every((word) => text.includes(word));
  });
}

function searchText(key: string, feature: GeoJSON.Feature): string {
  let text = SEARCH_TEXT.get(feature);
  if (text === undefined) {
    const values = Object.values(feature.properties ?? {}).map((value) =>
      Array.isArray(value) ? value.join(' ') : String(value),
    );
    text = foldText([key, ...values].join('\n'));
    SEARCH_TEXT.set(feature, text);
  }
  return text;
}

/** Lower case without diacritics; đ becomes d (it has no decomposition). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
