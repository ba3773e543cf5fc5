import type { Lang } from './messages.ts';

/** The strings of the layer filters, kept apart from `messages.ts` so they grow on their own. */
export const FILTER_MESSAGES = {
  filter: { vi: 'Lọc', en: 'Filter' },
  filterProperty: { vi: 'Thuộc tính', en: 'Property' },
  filterMin: { vi: 'Từ', en: 'From' },
  filterMax: { vi: 'Đến', en: 'To' },
  filterClear: { vi: 'Bỏ lọc', en: 'Clear filter' },
  filterRemove: { vi: 'Bỏ điều kiện', en: 'Remove condition' },
  filterNone: { vi: 'Chưa lọc', en: 'No filter' },
  filterShownOf: { vi: 'đối tượng hiển thị trên tổng số', en: 'features shown of' },
  filterAny: { vi: 'bất kỳ', en: 'any' },
  filteredInput: { vi: 'đã lọc', en: 'filtered' },
} as const satisfies Record<string, Record<Lang, string>>;

export type FilterMessageKey = keyof typeof FILTER_MESSAGES;

/** A string of the layer filters in the UI's language. */
export function tfl(lang: Lang, key: FilterMessageKey): string {
  return FILTER_MESSAGES[key][lang];
}
