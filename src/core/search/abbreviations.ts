/**
 * The abbreviations Vietnamese planners write, in folded form (see `foldDiacritics`), with the
 * words they stand for. A trailing number stays attached to its meaning: "ql2" is "quoc lo 2".
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  vd: ['vanh', 'dai'],
  ql: ['quoc', 'lo'],
  dt: ['duong', 'tinh'],
  ct: ['cao', 'toc'],
  kcn: ['khu', 'cong', 'nghiep'],
  ccn: ['cum', 'cong', 'nghiep'],
  tp: ['thanh', 'pho'],
  tx: ['thi', 'xa'],
  h: ['huyen'],
};

// An abbreviation, optionally followed by a number ("vd5", "ql2c", "ct39").
const ABBREVIATED = /^([a-z]+?)(\d+[a-z]?)?$/;

/** One folded word, with an abbreviation replaced by the words it stands for. */
export function expandAbbreviation(word: string): readonly string[] {
  const match = ABBREVIATED.exec(word);
  if (!match) return [word];
  const [, letters = '', number] = match;
  const meaning = ABBREVIATIONS[letters];
  if (!meaning) return [word];
  return number ? [...meaning, number] : meaning;
}
