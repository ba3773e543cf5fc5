import type { Lang } from './messages.ts';

/** The strings of the import report's summary by kind of problem and its full report. */
export const IMPORT_REPORT_MESSAGES = {
  kindCount: { vi: 'vấn đề', en: 'found' },
  moreLikeThis: { vi: 'và còn {n} vấn đề giống thế này', en: 'and {n} more like this' },
  fullReport: { vi: 'Tải báo cáo đầy đủ', en: 'Download the full report' },
  fullReportRows: { vi: '{n} vấn đề, kèm vị trí', en: '{n} findings, with where each is' },
  layerFieldsChecking: {
    vi: 'Đang kiểm tra các thuộc tính theo lớp đã chọn…',
    en: 'Checking the properties against the chosen layer…',
  },
  layerFieldsOk: {
    vi: 'Các thuộc tính khớp với lớp đã chọn.',
    en: 'The properties match the chosen layer.',
  },
  layerFieldsWarnings: {
    vi: 'Cảnh báo về thuộc tính của lớp «{layer}» (vẫn nhập được; sửa sau trong bảng thuộc tính):',
    en: 'Warnings about the fields of “{layer}” (the file can still be imported; fix them later in the attribute table):',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportReportMessageKey = keyof typeof IMPORT_REPORT_MESSAGES;

/** A string of the import report in `lang`, with `{name}` placeholders filled from `values`. */
export function tr(
  lang: Lang,
  key: ImportReportMessageKey,
  values: Readonly<Record<string, string>> = {},
): string {
  return IMPORT_REPORT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** A count as the UI's language writes it (100,000 or 100.000). */
export function formatCount(lang: Lang, count: number): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(count);
}
