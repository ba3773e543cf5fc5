import { type Lang, t } from '../core/i18n/messages.ts';

const dayText = (date: string, lang: Lang) => {
  const [year, month, day] = date.split('-');
  return lang === 'vi' ? `${day}/${month}/${year}` : date;
};

/**
 * The pinned chip's words before its link: the data's date, or that the pin was not found.
 * Plain text in the bundled Noto Sans only: the pin is an inline SVG beside it, because an emoji
 * (📌) shows as an empty box where no emoji font is installed (many office PCs, headless).
 */
export function pinnedChipText(lang: Lang, pinned: { date: string } | null): string {
  return pinned ? `${t(lang, 'pinnedData')} ${dayText(pinned.date, lang)}` : t(lang, 'pinMissing');
}
