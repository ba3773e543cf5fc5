import type { Feature } from 'geojson';
import { featureId } from '../analysis/feature-identity.ts';
import type { FeatureNames, PairNames } from '../analysis/serialize-rows.ts';
import type { CheckOutcome } from './run-check.ts';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * A feature's names for an export: `name` (else its id, as the table shows it) and `name_en`
 * (empty when it has none: an export does not pass the Vietnamese name off as English).
 */
export function featureNames(feature: Feature | undefined, index: number): FeatureNames {
  const props = feature?.properties ?? {};
  return {
    vi: text(props.name) ?? (feature ? featureId(feature, index) : ''),
    en: text(props.name_en) ?? '',
  };
}

/** The names of the features each row of a nearest or overlap outcome pairs, row by row. */
export function pairNamesOf(outcome: CheckOutcome): PairNames[] {
  switch (outcome.kind) {
    case 'nearest':
      return outcome.rows.map((row) => ({
        first: featureNames(outcome.from[row.fromIndex], row.fromIndex),
        second: row.toIndex === null ? null : featureNames(outcome.to[row.toIndex], row.toIndex),
      }));
    case 'overlap':
      return outcome.rows.map((row) => ({
        first: featureNames(outcome.a[row.aIndex], row.aIndex),
        second: featureNames(outcome.b[row.bIndex], row.bIndex),
      }));
    case 'corridor':
      return [];
  }
}
