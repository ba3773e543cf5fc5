import type { Lang } from './messages.ts';

/** The import's and export's strings added with progress, cancel, targets, paste and export all. */
export const IMPORT_MESSAGES = {
  importReading: { vi: 'Đang đọc tệp', en: 'Reading the file' },
  importChecking: { vi: 'Đang kiểm tra các đối tượng…', en: 'Checking the features…' },
  importReceiving: { vi: 'Đang nhận đối tượng', en: 'Receiving features' },
  importQueued: { vi: 'tệp đang chờ', en: 'more file(s) waiting' },
  importCancel: { vi: 'Hủy nhập', en: 'Cancel import' },
  importFold: { vi: 'Thu gọn báo cáo nhập', en: 'Fold the import report' },
  importUnfold: { vi: 'Mở rộng báo cáo nhập', en: 'Unfold the import report' },
  importCancelled: {
    vi: 'Đã hủy nhập: các lớp giữ nguyên như trước.',
    en: 'Import cancelled: the layers are exactly as they were.',
  },
  featureOne: { vi: 'đối tượng', en: 'feature' },
  featureMany: { vi: 'đối tượng', en: 'features' },
  importNewLayer: { vi: 'Lớp mới', en: 'New layer' },
  importLandedIn: { vi: 'vào lớp mới', en: 'into the new layer' },
  importLandedInMany: {
    vi: 'vào các lớp mới (mỗi lớp một loại hình học)',
    en: 'into new layers (one per geometry type)',
  },
  importTarget: { vi: 'Đưa vào lớp', en: 'Put into layer' },
  importMove: { vi: 'Chuyển', en: 'Move' },
  kindPoints: { vi: 'điểm', en: 'points' },
  kindLines: { vi: 'đường', en: 'lines' },
  kindPolygons: { vi: 'vùng', en: 'polygons' },
  pastedName: { vi: 'dán', en: 'pasted' },
  pasteNotGeo: {
    vi: 'Nội dung dán không phải GeoJSON, WKT hay cặp tọa độ (kinh độ, vĩ độ).',
    en: 'The pasted text is not GeoJSON, WKT or a coordinate pair (longitude, latitude).',
  },
  exportAll: { vi: 'Xuất mọi lớp đang hiện', en: 'Export all shown layers' },
  exportAllButton: { vi: 'Xuất', en: 'Export' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** An import or export string in the given language. */
export function ti(lang: Lang, key: ImportMessageKey): string {
  return IMPORT_MESSAGES[key][lang];
}
