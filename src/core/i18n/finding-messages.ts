import type { Lang } from './messages.ts';

/**
 * The strings of search, the coordinate readout and the keyboard help, kept apart from
 * `messages.ts` so these panels can grow without touching the shared table.
 */
export const FINDING_MESSAGES = {
  search: { vi: 'Tìm kiếm', en: 'Search' },
  // Short enough for the box in a full top bar (1400 px) and on a phone; the title says more.
  searchPlaceholder: { vi: 'Tìm địa danh, tọa độ…', en: 'Find a place or coordinates…' },
  searchTitle: {
    vi: 'Tìm địa danh, mã, tọa độ (VN-2000, WGS84)',
    en: 'Find a place, id or coordinates (VN-2000, WGS84)',
  },
  searchResults: { vi: 'Kết quả tìm kiếm', en: 'Search results' },
  searchNone: { vi: 'Không tìm thấy', en: 'Nothing found' },
  searchIndexing: { vi: 'Đang lập chỉ mục…', en: 'Indexing…' },
  searchGoTo: { vi: 'Đến vị trí', en: 'Go to position' },
  searchPositionGroup: { vi: 'Tọa độ', en: 'Coordinates' },
  searchCount: { vi: 'kết quả', en: 'results' },
  coordinates: { vi: 'Tọa độ con trỏ', en: 'Pointer coordinates' },
  coordsHint: {
    vi: 'Di chuột trên bản đồ để đọc tọa độ',
    en: 'Move the pointer over the map to read coordinates',
  },
  coordsWgs84: { vi: 'WGS84 (độ thập phân)', en: 'WGS84 (decimal degrees)' },
  coordsDms: { vi: 'WGS84 (độ phút giây)', en: 'WGS84 (degrees, minutes, seconds)' },
  coordsVn2000: {
    vi: 'VN-2000 / TM-3 KTT 105°00′ (EPSG:5897)',
    en: 'VN-2000 / TM-3 CM 105°00′ (EPSG:5897)',
  },
  coordsUtm: { vi: 'WGS84 / UTM múi 48N (EPSG:32648)', en: 'WGS84 / UTM zone 48N (EPSG:32648)' },
  copyValue: { vi: 'Sao chép', en: 'Copy' },
  coordsMore: { vi: 'Hiện mọi hệ tọa độ', en: 'Show every coordinate system' },
  copiedValue: { vi: 'Đã sao chép', en: 'Copied' },
  vn2000System: { vi: 'VN-2000 TM-3 105°', en: 'VN-2000 TM-3 105°' },
  utmSystem: { vi: 'UTM 48N', en: 'UTM 48N' },
  wgs84System: { vi: 'WGS84', en: 'WGS84' },
  stackPosition: { vi: 'Đối tượng {i}/{n} tại điểm nhấn', en: 'Feature {i} of {n} here' },
  stackPrevious: { vi: 'Đối tượng phía trên', en: 'Feature above' },
  stackNext: { vi: 'Đối tượng phía dưới', en: 'Feature below' },
  skipToMap: { vi: 'Bỏ qua, đến bản đồ', en: 'Skip to the map' },
  shortcuts: { vi: 'Phím tắt', en: 'Keyboard shortcuts' },
  shortcutSearch: { vi: 'Tìm kiếm', en: 'Search' },
  shortcutLayers: { vi: 'Bảng lớp bản đồ', en: 'Layer panel' },
  shortcutAnalysis: { vi: 'Bảng phân tích và đo đạc', en: 'Analysis and measure panel' },
  shortcutHelp: { vi: 'Danh sách phím tắt này', en: 'This list of shortcuts' },
  shortcutClose: {
    vi: 'Đóng bảng thông tin hoặc hộp thoại',
    en: 'Close the inspector or a dialog',
  },
  shortcutEditor: {
    vi: 'Phím tắt của trình biên tập (vẽ, hoàn tác) do trình biên tập liệt kê.',
    en: 'The editor’s shortcuts (draw, undo) are listed by the editor.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type FindingMessageKey = keyof typeof FINDING_MESSAGES;

/** A string of search, coordinates or shortcuts in the UI's language. */
export function tf(lang: Lang, key: FindingMessageKey): string {
  return FINDING_MESSAGES[key][lang];
}
