import type { Lang } from './messages.ts';

/** The strings of an import whose ids are already on the map, and of values read as numbers. */
export const IMPORT_ID_MESSAGES = {
  importIdClashHint: {
    vi: 'Các đối tượng có mã này đã có trên bản đồ (có thể tệp là bản bạn đã xuất, hoặc bản đồng nghiệp đã sửa). Bạn muốn:',
    en: 'Features with these ids are already on the map (perhaps the file is one you exported, or a colleague’s edited copy). You may:',
  },
  importIdReplace: {
    vi: 'Thay các đối tượng cùng mã bằng bản trong tệp',
    en: 'Replace the features with the same id by the file’s',
  },
  importIdReadOnly: {
    vi: 'đối tượng cùng mã thuộc lớp chỉ đọc (như địa giới 2019), không thể bị thay: chỉ có thể nhập thành bản sao.',
    en: 'of the features with these ids belong to a read-only layer (such as the 2019 boundaries) and cannot be replaced: the file can only be imported as copies.',
  },
  importIdCopy: {
    vi: 'Nhập thành bản sao với mã mới',
    en: 'Import as copies with new ids',
  },
  importReplaced: { vi: 'Đã thay', en: 'Replaced' },
  importAdded: { vi: 'thêm mới', en: 'added' },
  importCopied: { vi: 'bản sao có mã mới', en: 'copies with new ids' },
  importValuesConverted: {
    vi: 'Giá trị dạng chữ đã được đọc thành số hoặc có/không ở các trường:',
    en: 'Text values were read as numbers or yes/no in the fields:',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportIdMessageKey = keyof typeof IMPORT_ID_MESSAGES;

/** A string of the import's id choice in the given language. */
export function tid(lang: Lang, key: ImportIdMessageKey): string {
  return IMPORT_ID_MESSAGES[key][lang];
}
