import type { Lang } from './messages.ts';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The figure's note that the labels of `count` zones too small at its scale were left out. */
export function labelsLeftOutNote(lang: Lang, count: number): string {
  const n = count.toLocaleString(LOCALE[lang]);
  return lang === 'vi'
    ? `Không ghi nhãn ${n} khu quá nhỏ ở tỷ lệ này`
    : `Labels of ${n} zones too small at this scale left out`;
}
