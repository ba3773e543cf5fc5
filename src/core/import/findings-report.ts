import { csv } from '../analysis/serialize-rows.ts';
import type { Finding } from '../validate/types.ts';
import type { FindingKind } from './finding-kinds.ts';

/** What the full report of an import says about the file, on top of its findings. */
export interface ReportHeader {
  fileName: string;
  accepted: boolean;
  featureCount: number;
  /** Every kind of problem, with how many of each the file has. */
  kinds: readonly Pick<FindingKind, 'code' | 'severity' | 'count'>[];
  /** Findings counted but not written (beyond what the checks keep). */
  notWritten: number;
}

const COLUMNS = [
  'severity',
  'code',
  'line',
  'column',
  'path',
  'feature_index',
  'feature_id',
  'message',
  'rule',
] as const;

/** One finding as a row of the full report (the CSV's columns, the JSON's members). */
function row(finding: Finding): Record<(typeof COLUMNS)[number], string | number | null> {
  return {
    severity: finding.severity,
    code: finding.code,
    line: finding.line ?? null,
    column: finding.column ?? null,
    path: finding.path,
    feature_index: finding.featureIndex ?? null,
    feature_id: finding.featureId === undefined ? null : String(finding.featureId),
    message: finding.message,
    rule: finding.rule ?? null,
  };
}

/**
 * Every finding of an import as CSV for a spreadsheet, one per line with its place (line and
 * column, JSON path, feature index and id): UTF-8 with a BOM, formula-safe text cells.
 */
export function findingsCsv(findings: readonly Finding[]): string {
  return csv(COLUMNS, findings.map(row));
}

/** The full report as JSON: the file, its kinds of problem with their counts, every finding. */
export function findingsJson(header: ReportHeader, findings: readonly Finding[]): string {
  const parts = [`{"report":${JSON.stringify(header)},"findings":[`];
  findings.forEach((finding, index) => {
    parts.push(`${index ? ',' : ''}\n${JSON.stringify(row(finding))}`);
  });
  parts.push('\n]}\n');
  return parts.join('');
}
