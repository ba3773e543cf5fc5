import type { ResultRow } from './result-table.ts';

/** The key of an overlap table's row: the pair's feature ids, A's first. */
export const overlapRowKey = (aId: string, bId: string): string => `${aId}∩${bId}`;

/**
 * Displayed shares are rounded to a tenth of a percent, and a feature split between two
 * features that only touch adds up to 100 % give or take the rounding of each: more than this
 * over 100 % means the features it lies in overlap each other.
 */
const ROUNDING_SLACK = 0.005;

/** The share columns of an overlap table and the side of the pair each row key names first. */
const SIDES = [
  { column: 'shareOfA', idOf: (key: string) => key.split('∩')[0] },
  { column: 'shareOfB', idOf: (key: string) => key.split('∩').slice(1).join('∩') },
] as const;

/**
 * The share columns (`shareOfA`, `shareOfB`) of an overlap table in which one feature's shares
 * add past 100 %: it lies in two features of the other layer that overlap each other (an
 * industrial zone where security clusters 1 and 2 meet counts 100 % in each). Empty for other
 * tables, so the results can say why only when it happens.
 */
export function sharesPastWhole(rows: readonly ResultRow[]): ('shareOfA' | 'shareOfB')[] {
  return SIDES.filter(({ column, idOf }) => {
    const totals = new Map<string, number>();
    for (const row of rows) {
      const share = row.values[column];
      if (typeof share !== 'number') continue;
      const id = idOf(row.key) ?? '';
      totals.set(id, (totals.get(id) ?? 0) + share);
    }
    return [...totals.values()].some((total) => total > 1 + ROUNDING_SLACK);
  }).map(({ column }) => column);
}
