import type { Lang } from './messages.ts';

/** The strings of the small-screen layout: the tools menu and the panels' drawer or sheet. */
export const LAYOUT_MESSAGES = {
  tools: { vi: 'Công cụ', en: 'Tools' },
  showPanels: { vi: 'Mở bảng điều khiển', en: 'Show the panels' },
  hidePanels: { vi: 'Thu gọn bảng điều khiển', en: 'Hide the panels' },
  sheetHandle: { vi: 'Kéo để thu gọn hoặc mở rộng', en: 'Drag to fold or unfold' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LayoutMessageKey = keyof typeof LAYOUT_MESSAGES;

/** A string of the layout in the UI's language. */
export function tl(lang: Lang, key: LayoutMessageKey): string {
  return LAYOUT_MESSAGES[key][lang];
}
