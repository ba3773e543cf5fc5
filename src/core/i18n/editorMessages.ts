import type { Lang } from './messages.ts';

/**
 * The editor's UI strings in both languages, apart from `messages.ts` so the editor's words
 * load with the editor. The toolbar's accessible names are fixed by issue 7.
 */
export const EDITOR_MESSAGES = {
  editToolbar: { vi: 'Công cụ chỉnh sửa', en: 'Editing tools' },
  drawPoint: { vi: 'Vẽ điểm', en: 'Draw point' },
  drawLine: { vi: 'Vẽ đường', en: 'Draw line' },
  drawPolygon: { vi: 'Vẽ vùng', en: 'Draw polygon' },
  drawRectangle: { vi: 'Vẽ hình chữ nhật', en: 'Draw rectangle' },
  select: { vi: 'Chọn', en: 'Select' },
  deleteFeature: { vi: 'Xóa đối tượng', en: 'Delete feature' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  snapping: { vi: 'Bắt điểm', en: 'Snapping' },
  changes: { vi: 'Thay đổi', en: 'Changes' },
  saveToProject: { vi: 'Lưu vào dự án', en: 'Save to project' },
  downloadChangeset: { vi: 'Tải tệp thay đổi', en: 'Download changeset' },
  drawInto: { vi: 'Vẽ vào lớp', en: 'Draw into layer' },
  readOnlyLayer: { vi: 'chỉ xem', en: 'read-only' },
  shortcuts: { vi: 'Phím tắt', en: 'Shortcuts' },
  shortcutUndo: { vi: 'Ctrl+Z: hoàn tác', en: 'Ctrl+Z: undo' },
  shortcutRedo: { vi: 'Ctrl+Shift+Z hoặc Ctrl+Y: làm lại', en: 'Ctrl+Shift+Z or Ctrl+Y: redo' },
  shortcutDelete: {
    vi: 'Delete: xóa đối tượng đang chọn',
    en: 'Delete: delete the selected feature',
  },
  shortcutEsc: { vi: 'Esc: hủy hình đang vẽ', en: 'Esc: cancel the shape being drawn' },
  shortcutAlt: { vi: 'Giữ Alt: tạm tắt bắt điểm', en: 'Hold Alt: suspend snapping' },
  hintDraw: {
    vi: 'Nhấp trên bản đồ để đặt đỉnh; nhấp lại đỉnh đầu để khép vùng, Esc để hủy.',
    en: 'Click on the map to place vertices; click the first vertex to close, Esc to cancel.',
  },
  hintDrawPoint: {
    vi: 'Nhấp trên bản đồ để đặt điểm, Esc để hủy.',
    en: 'Click on the map to place the point, Esc to cancel.',
  },
  hintDrawLine: {
    vi: 'Nhấp trên bản đồ để đặt đỉnh; nhấp lại đỉnh cuối để kết thúc, Esc để hủy.',
    en: 'Click on the map to place vertices; click the last vertex again to finish, Esc to cancel.',
  },
  hintDrawRectangle: {
    vi: 'Nhấp một góc rồi nhấp góc đối diện, Esc để hủy.',
    en: 'Click one corner, then the opposite corner, Esc to cancel.',
  },
  hintSelect: {
    vi: 'Nhấp một đối tượng: kéo nó hoặc kéo đỉnh, kéo điểm giữa để thêm đỉnh, nhấp chuột phải vào đỉnh để xóa.',
    en: 'Click a feature: drag it or its vertices, drag a midpoint to add a vertex, right-click a vertex to delete it.',
  },
  properties: { vi: 'Thuộc tính', en: 'Properties' },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  required: { vi: 'bắt buộc', en: 'required' },
  extraProperty: { vi: 'Thuộc tính khác', en: 'Other property' },
  addProperty: { vi: 'Thêm thuộc tính', en: 'Add property' },
  remove: { vi: 'Bỏ', en: 'Remove' },
  notANumber: { vi: 'Không phải số', en: 'Not a number' },
  belowMin: { vi: 'Nhỏ hơn mức tối thiểu', en: 'Below the minimum' },
  aboveMax: { vi: 'Lớn hơn mức tối đa', en: 'Above the maximum' },
  badPattern: { vi: 'Sai định dạng', en: 'Wrong format' },
  formRefused: {
    vi: 'Chưa lưu: sửa các trường được đánh dấu.',
    en: 'Not saved: correct the marked fields.',
  },
  problems: { vi: 'Vấn đề', en: 'Problems' },
  noProblems: { vi: 'Không có vấn đề', en: 'No problems' },
  unnamedFeature: { vi: 'Đối tượng chưa có tên', en: 'Unnamed feature' },
  noChanges: {
    vi: 'Chưa có thay đổi so với dữ liệu gốc',
    en: 'No changes against the bundled data',
  },
  added: { vi: 'Thêm', en: 'Added' },
  modified: { vi: 'Sửa', en: 'Modified' },
  deleted: { vi: 'Xóa', en: 'Deleted' },
  geometryChanged: { vi: 'hình học', en: 'geometry' },
  revert: { vi: 'Hoàn nguyên', en: 'Revert' },
  revertAll: { vi: 'Hoàn nguyên tất cả', en: 'Revert all' },
  savedToProject: { vi: 'Đã ghi vào data/geojson/', en: 'Written to data/geojson/' },
  saveFailed: { vi: 'Không lưu được vào dự án', en: 'Could not save to the project' },
  saveOnlyInDev: {
    vi: 'Chỉ lưu trực tiếp khi chạy npm run dev; hãy tải tệp thay đổi và dùng giapranh apply.',
    en: 'Saving directly works under npm run dev; download the changeset and use giapranh apply.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type EditorMessageKey = keyof typeof EDITOR_MESSAGES;

/** An editor string in the given language. */
export function te(lang: Lang, key: EditorMessageKey): string {
  return EDITOR_MESSAGES[key][lang];
}
