// "đ" is a letter of its own in Unicode (U+0111), not "d" plus a mark: NFD leaves it whole.
const D_STROKE = /[đĐ]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Text as search compares it: lower case, Vietnamese diacritics and "đ" folded to plain Latin
 * letters, so "Vành đai", "vanh dai" and "VÀNH ĐAI" are the same string.
 */
export function foldDiacritics(text: string): string {
  return text.replace(D_STROKE, 'd').normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
