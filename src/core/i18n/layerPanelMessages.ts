import type { Lang } from './messages.ts';

/** The strings of the compact layer rows, kept apart from `messages.ts` so they grow on their own. */
export const LAYER_PANEL_MESSAGES = {
  layerActions: { vi: 'Thao tác với lớp', en: 'Layer actions' },
  layerFilterActive: { vi: 'Đang lọc', en: 'Filtered' },
  outlinesFromZoom: {
    vi: 'Đường viền hiện từ mức thu phóng {zoom}; xa hơn, mỗi đối tượng chỉ được tô màu (vẫn hiện đủ).',
    en: 'Outlines are drawn from zoom {zoom}; further out each feature is shown by its fill alone (all are shown).',
  },
  overviewShown: {
    vi: 'Ở mức thu phóng này bản đồ hiện {shown} trong {total} đối tượng (chỗ đối tượng dày hơn điểm ảnh chỉ hiện một phần) — phóng to tới mức {zoom} để thấy đủ.',
    en: 'Showing {shown} of {total} features at this zoom (where they are denser than the screen’s pixels, only some are drawn) — zoom in to {zoom} for all.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type LayerPanelMessageKey = keyof typeof LAYER_PANEL_MESSAGES;

/** A string of the layer panel's rows in the UI's language. */
export function tlp(lang: Lang, key: LayerPanelMessageKey): string {
  return LAYER_PANEL_MESSAGES[key][lang];
}
