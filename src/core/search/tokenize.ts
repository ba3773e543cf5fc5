import { expandAbbreviation } from './abbreviations.ts';
import { foldDiacritics } from './fold.ts';

// "H." (huyện) is the one abbreviation that is told apart by its dot, not by its letters alone.
const HUYEN_DOT = /(^|[^\p{L}\p{N}])h\.\s*/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words search matches on: folded, split at anything that is not a letter or a digit, and
 * with abbreviations expanded ("QL.2" → quoc lo 2, "VĐ5" → vanh dai 5, "H. Mê Linh" → huyen me
 * linh). Documents and queries go through the same function, so either side may abbreviate.
 */
export function searchTokens(text: string): string[] {
  const folded = foldDiacritics(text).replace(HUYEN_DOT, '$1huyen ');
  const words = folded.match(WORD) ?? [];
  const tokens: string[] = [];
  for (const word of words) tokens.push(...expandAbbreviation(word));
  return tokens;
}
