import type { Lang } from './messages.ts';

/**
 * The planar operations' and the attribute table's strings in both languages, apart from
 * `messages.ts` so they load with the editor. Toolbar names are fixed by issue 7.
 */
export const EDIT_OPS_MESSAGES = {
  mergeZones: { vi: 'Gộp vùng', en: 'Merge zones' },
  cutWithLine: { vi: 'Cắt bằng đường', en: 'Cut with line' },
  subtract: { vi: 'Trừ vùng', en: 'Subtract zone' },
  simplify: { vi: 'Đơn giản hóa đường bao', en: 'Simplify outline' },
  simplifyToleranceMeters: { vi: 'Dung sai (m)', en: 'Tolerance (m)' },
  opsHint: {
    vi: 'Gộp và Trừ: chọn hai vùng (Shift+nhấp vùng thứ hai). Cắt: chọn một vùng rồi vẽ đường cắt.',
    en: 'Merge and Subtract: select two zones (Shift+click the second). Cut: select a zone, then draw the cutting line.',
  },
  cutHint: {
    vi: 'Vẽ đường cắt: bắt đầu và kết thúc bên ngoài vùng; nhấp lại điểm cuối để kết thúc (Esc: hủy).',
    en: 'Draw the cutting line: start and end outside the zone; click the last point again to finish (Esc cancels).',
  },
  mergeHint: {
    vi: 'Nhấp vào vùng cần gộp với vùng đã chọn (Esc: hủy).',
    en: 'Click the zone to merge with the selected one (Esc cancels).',
  },
  subtractHint: {
    vi: 'Nhấp vào vùng cần trừ khỏi vùng đã chọn (Esc: hủy).',
    en: 'Click the zone to subtract from the selected one (Esc cancels).',
  },
  vertices: { vi: 'Số đỉnh', en: 'Vertices' },
  refusedMissing: {
    vi: 'Không tìm thấy đối tượng đã chọn trong lớp.',
    en: 'The selected feature is not in the layer.',
  },
  refusedNotPolygon: {
    vi: 'Thao tác này chỉ áp dụng cho vùng (Polygon hoặc MultiPolygon).',
    en: 'This operation works on zones only (Polygon or MultiPolygon).',
  },
  refusedSameFeature: {
    vi: 'Cần hai vùng khác nhau.',
    en: 'Two different zones are needed.',
  },
  refusedNoMergeZone: {
    vi: 'Không có vùng nào khác của cùng lớp ở chỗ nhấp: hãy nhấp vào vùng cần gộp.',
    en: 'No other zone of the same layer here: click the zone to merge with.',
  },
  refusedNoZone: {
    vi: 'Không có vùng nào khác ở chỗ nhấp: hãy nhấp vào vùng cần trừ.',
    en: 'No other zone here: click the zone to subtract.',
  },
  refusedNotTouching: {
    vi: 'Hai vùng không tiếp giáp hay chồng lấn nhau: không gộp.',
    en: 'The zones neither touch nor overlap: nothing was merged.',
  },
  refusedLineNotCrossing: {
    vi: 'Đường cắt phải bắt đầu và kết thúc bên ngoài vùng và cắt ngang qua vùng.',
    en: 'The cutting line must start and end outside the zone and cross it.',
  },
  refusedEmpty: {
    vi: 'Kết quả sẽ không còn diện tích nào.',
    en: 'Nothing would remain of the zone.',
  },
  refusedNoOverlap: {
    vi: 'Hai vùng không chồng lên nhau: không có gì để trừ.',
    en: 'The zones do not overlap: there is nothing to subtract.',
  },
  refusedTolerance: {
    vi: 'Dung sai phải là một số mét lớn hơn 0.',
    en: 'The tolerance must be a number of metres above 0.',
  },
  refusedNothingRemoved: {
    vi: 'Không có đỉnh nào được bỏ với dung sai này.',
    en: 'No vertex would be removed at this tolerance.',
  },
  refusedGeometryType: {
    vi: 'Lớp này không nhận kiểu hình học của kết quả',
    en: 'This layer does not accept the result’s geometry type',
  },
  refusedInvalid: {
    vi: 'Kết quả sẽ là hình học không hợp lệ',
    en: 'The result would be an invalid geometry',
  },
  refusedAreaMismatch: {
    vi: 'Các phần cắt không khớp với vùng ban đầu; không cắt.',
    en: 'The cut parts do not add up to the zone; nothing was cut.',
  },
  attributeTable: { vi: 'Bảng thuộc tính', en: 'Attribute table' },
  tableFilter: { vi: 'Lọc', en: 'Filter' },
  tableRows: { vi: 'dòng', en: 'rows' },
  tableSelected: { vi: 'đã chọn', en: 'selected' },
  tableEditSelected: { vi: 'Sửa cho các dòng đã chọn', en: 'Edit selected rows' },
  tableField: { vi: 'Trường', en: 'Field' },
  tableValue: { vi: 'Giá trị', en: 'Value' },
  tableApply: { vi: 'Áp dụng', en: 'Apply' },
  closeTable: { vi: 'Đóng bảng thuộc tính', en: 'Close the attribute table' },
} as const;

export type EditOpsMessageKey = keyof typeof EDIT_OPS_MESSAGES;

/** One of the operations' or the table's strings in a language. */
export function to(lang: Lang, key: EditOpsMessageKey): string {
  return EDIT_OPS_MESSAGES[key][lang];
}
