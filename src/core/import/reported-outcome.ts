import type { Finding } from '../validate/types.ts';
import { findingKinds, firstOfEachKind } from './finding-kinds.ts';
import { findingsCsv, findingsJson } from './findings-report.ts';
import type { FileImportOutcome } from './import-file.ts';

/** Every finding of an import, to download: made where the findings are (the import worker). */
export interface FullReport {
  json: Blob;
  csv: Blob;
  /** Findings written in it. */
  findingCount: number;
}

/**
 * An outcome as the report on screen takes it: the first findings of each kind (a wholly broken
 * 100,000-feature file must not hand the page 100,000 findings to draw), every kind counted,
 * and the full report of all findings kept, as JSON and CSV, for the planner to download.
 */
export function reportedOutcome(outcome: FileImportOutcome): FileImportOutcome {
  const { errors, warnings } = outcome;
  if (errors.length === 0 && warnings.length === 0) return outcome;
  const counts = { ...outcome.findingCounts };
  for (const finding of [...errors, ...warnings]) counts[finding.code] ??= 0;
  const kinds = findingKinds(errors, warnings, counts, outcome.accepted ? 'warning' : 'error');
  for (const kind of kinds) counts[kind.code] = kind.count;
  const written: Finding[] = [...errors, ...warnings];
  const counted = Math.max(
    written.length + outcome.omittedCount,
    kinds.reduce((sum, kind) => sum + kind.count, 0),
  );
  const listedErrors = firstOfEachKind(errors);
  const listedWarnings = firstOfEachKind(warnings);
  const header = {
    fileName: outcome.fileName,
    accepted: outcome.accepted,
    featureCount: outcome.featureCount,
    kinds: kinds.map(({ code, severity, count }) => ({ code, severity, count })),
    notWritten: counted - written.length,
  };
  return {
    ...outcome,
    errors: listedErrors,
    warnings: listedWarnings,
    findingCounts: counts,
    omittedCount: counted - listedErrors.length - listedWarnings.length,
    fullReport: {
      json: new Blob([findingsJson(header, written)], { type: 'application/json' }),
      csv: new Blob([findingsCsv(written)], { type: 'text/csv' }),
      findingCount: written.length,
    },
  };
}
