/**
 * Whether two words differ by at most one edit: a letter added, removed, replaced, or two
 * neighbours swapped (the typos a hurried planner makes). Linear, no table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (lengthGap === 1) return a.slice(start + 1) === b.slice(start);
  if (lengthGap === -1) return a.slice(start) === b.slice(start + 1);
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  // A swap of two neighbours: "mihn" for "minh".
  return (
    a[start] === b[start + 1] &&
    a[start + 1] === b[start] &&
    a.slice(start + 2) === b.slice(start + 2)
  );
}

/** Every string made by removing one letter from a word (the keys of the typo index). */
export function oneLetterDeletions(word: string): string[] {
  const result = new Set<string>();
  for (let i = 0; i < word.length; i++) result.add(word.slice(0, i) + word.slice(i + 1));
  return [...result];
}
