import type { Lang } from './messages.ts';

/**
 * The strings of the results panel (the drawer under the map, its empty-result hint, fit and
 * highlight), kept apart from `messages.ts` so the panel can grow without touching the
 * shared table.
 */
export const RESULTS_MESSAGES = {
  hintNearestPair: {
    vi: 'Không có vùng chồng lấn; cặp gần nhất: {a} – {b} cách nhau {distance}.',
    en: 'No overlap; nearest pair: {a} – {b}, {distance} apart.',
  },
  hintTouching: {
    vi: 'Không có vùng chồng lấn; {a} và {b} chỉ chạm nhau ở ranh giới.',
    en: 'No overlap; {a} and {b} only touch along their edges.',
  },
  hintCorridorNote: {
    vi: '(Đo giữa chính các đối tượng; hành lang rộng {widths} tính từ đối tượng.)',
    en: '(Measured between the features themselves; the corridor reaches {widths} from them.)',
  },
  hintEmptyInput: {
    vi: 'Lớp “{layer}” không có đối tượng nào để kiểm tra (lớp trống, hoặc bộ lọc hay điều kiện đã loại hết).',
    en: 'Layer “{layer}” has no features to check (it is empty, or a filter or condition left none).',
  },
  hintAllLeftOut: {
    vi: 'Lớp “{layer}” không có đối tượng nào phép kiểm tra này dùng được (xem danh sách bị bỏ qua).',
    en: 'Layer “{layer}” has no features this check can use (see the features left out).',
  },
  resultsPanel: { vi: 'Kết quả phân tích', en: 'Analysis results' },
  fitToResults: { vi: 'Thu phóng tới kết quả', en: 'Fit to results' },
  resizeResults: { vi: 'Kéo để đổi chiều cao bảng kết quả', en: 'Drag to resize the results' },
  resultsStale: {
    vi: 'Dữ liệu đã thay đổi sau lần chạy này: các số dưới đây có thể đã cũ.',
    en: 'The data changed after this run: the numbers below may be out of date.',
  },
  sharesPastWholeA: {
    vi: 'Các tỷ lệ của A của cùng một đối tượng có thể cộng lại quá 100 %: các đối tượng B chồng lấn nhau, và phần nằm trong hai đối tượng B được tính đủ ở mỗi đối tượng (ghi chú của chúng nói rõ chỗ chồng lấn).',
    en: 'One feature’s shares of A can add up past 100 %: the B features overlap each other, and a part lying in two of them counts in full in each (their notes say where they overlap).',
  },
  sharesPastWholeB: {
    vi: 'Các tỷ lệ của B của cùng một đối tượng có thể cộng lại quá 100 %: các đối tượng A chồng lấn nhau, và phần nằm trong hai đối tượng A được tính đủ ở mỗi đối tượng (ghi chú của chúng nói rõ chỗ chồng lấn).',
    en: 'One feature’s shares of B can add up past 100 %: the A features overlap each other, and a part lying in two of them counts in full in each (their notes say where they overlap).',
  },
  rowOnMap: {
    vi: 'Dòng đang chọn được tô trên bản đồ',
    en: 'The chosen row is outlined on the map',
  },
} as const;

export type ResultsMessageKey = keyof typeof RESULTS_MESSAGES;

/** A results-panel string, with `{name}` placeholders filled from `vars`. */
export function tr(
  lang: Lang,
  key: ResultsMessageKey,
  vars: Readonly<Record<string, string>> = {},
): string {
  return RESULTS_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? (vars[name] as string) : whole,
  );
}
