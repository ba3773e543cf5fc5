import type { Lang } from './messages.ts';

/**
 * The report's words for a file whose landing threw (a patch that no longer applies, say):
 * which file, why, and that nothing of it landed. The reason is the error's own text.
 */
export function landingFailedMessage(lang: Lang, fileName: string, reason: string): string {
  return lang === 'vi'
    ? `Không nhập được “${fileName}”: ${reason}. Không có gì được đưa vào, các lớp giữ nguyên như trước.`
    : `Could not import “${fileName}”: ${reason}. Nothing landed; the layers are exactly as they were.`;
}

/** The text of whatever was thrown: an Error's message, else its string form. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
