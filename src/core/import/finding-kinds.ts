import type { Finding, Severity } from '../validate/types.ts';

/** The report on screen lists this many findings of each kind; the full report has the rest. */
export const LISTED_PER_KIND = 50;

/** One kind of problem in a file: how many there are, and the first few, with their places. */
export interface FindingKind {
  code: string;
  severity: Severity;
  /** Every finding of this kind in the file, listed or not. */
  count: number;
  /** The first ones, in file order. */
  listed: Finding[];
}

/** The first `perKind` findings of each code, in their order (errors, then warnings). */
export function firstOfEachKind(
  findings: readonly Finding[],
  perKind: number = LISTED_PER_KIND,
): Finding[] {
  const taken = new Map<string, number>();
  const first: Finding[] = [];
  for (const finding of findings) {
    const count = taken.get(finding.code) ?? 0;
    taken.set(finding.code, count + 1);
    if (count < perKind) first.push(finding);
  }
  return first;
}

/**
 * Groups findings by code, in the order each code first appears (errors before warnings), with
 * the count of each: the larger of the findings given and `counts` (every finding the checks
 * counted, listed or not), so "and 99,950 more like this" holds for what was not listed. A code
 * counted but with none kept (all beyond the checks' cap) comes last of its severity, as
 * `unlistedSeverity` (counts do not say: an accepted file's are all warnings, a refused file's
 * are taken as errors).
 */
export function findingKinds(
  errors: readonly Finding[],
  warnings: readonly Finding[],
  counts: Readonly<Record<string, number>> = {},
  unlistedSeverity: Severity = 'error',
): FindingKind[] {
  const kinds = new Map<string, FindingKind>();
  for (const finding of [...errors, ...warnings]) {
    let kind = kinds.get(finding.code);
    if (!kind) {
      kind = { code: finding.code, severity: finding.severity, count: 0, listed: [] };
      kinds.set(finding.code, kind);
    }
    kind.listed.push(finding);
  }
  for (const [code, count] of Object.entries(counts)) {
    if (count > 0 && !kinds.has(code))
      kinds.set(code, { code, severity: unlistedSeverity, count: 0, listed: [] });
  }
  for (const kind of kinds.values()) {
    kind.count = Math.max(kind.listed.length, counts[kind.code] ?? 0);
  }
  const all = [...kinds.values()];
  return [
    ...all.filter((kind) => kind.severity === 'error'),
    ...all.filter((kind) => kind.severity === 'warning'),
  ];
}
