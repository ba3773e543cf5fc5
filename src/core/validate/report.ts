import type { Finding, ValidationResult } from './types.ts';

/** A file that could not be read, for the report. */
export interface UnreadableFile {
  file: string;
  message: string;
}

/** The machine-readable report `--format json` prints: the findings, nothing dropped. */
export interface JsonReport {
  ok: boolean;
  files: Array<Omit<ValidationResult, 'ids'>>;
  unreadable: UnreadableFile[];
}

export function toJsonReport(
  results: readonly ValidationResult[],
  unreadable: readonly UnreadableFile[],
): JsonReport {
  return {
    ok: unreadable.length === 0 && results.every((result) => result.ok),
    files: results.map(({ ids: _ids, ...rest }) => rest),
    unreadable: [...unreadable],
  };
}

/**
 * The human report: per file a summary line, then one line per finding that a terminal or an
 * editor can jump from (`file:line:column` for syntax errors), then a last line for the run.
 */
export function formatTextReport(
  results: readonly ValidationResult[],
  unreadable: readonly UnreadableFile[],
): string {
  const lines: string[] = results.map(formatFileReport);
  for (const { file, message } of unreadable) lines.push(`✗ ${file}: cannot read: ${message}\n`);
  lines.push(`${runLine(results, unreadable)}\n`);
  return lines.join('');
}

/** One file's part of the text report: its summary line, then one line per finding. */
export function formatFileReport(result: ValidationResult): string {
  const lines = [summaryLine(result)];
  for (const finding of result.findings) lines.push(`  ${findingLine(finding)}`);
  const omitted = omittedLine(result);
  if (omitted) lines.push(`  ${omitted}`);
  return `${lines.join('\n')}\n`;
}

/** How many findings were counted but not kept, if any. */
export function omittedLine(result: ValidationResult): string | undefined {
  if (result.omittedCount === 0) return undefined;
  return `… ${result.omittedCount} more not shown (only the first ${result.findings.length} findings of a file are)`;
}

/** `✓ file: valid, 3 features` or `✗ file: 2 errors, 1 warning, 3 features`. */
export function summaryLine(result: ValidationResult): string {
  const features = plural(result.featureCount, 'feature');
  const warnings = result.warningCount > 0 ? `, ${plural(result.warningCount, 'warning')}` : '';
  if (result.ok) return `✓ ${result.file}: valid, ${features}${warnings}`;
  return `✗ ${result.file}: ${plural(result.errorCount, 'error')}${warnings}, ${features}`;
}

/** `file: error: path (feature 3, id "x"): message [code]`. */
export function findingLine(finding: Finding): string {
  const place = finding.line === undefined ? '' : `:${finding.line}:${finding.column}`;
  const where = [finding.path === '' ? undefined : finding.path, featureLabel(finding)]
    .filter(Boolean)
    .join(' ');
  const prefix = `${finding.file}${place}: ${finding.severity}:`;
  return `${prefix}${where ? ` ${where}:` : ''} ${finding.message} [${finding.code}]`;
}

function featureLabel(finding: Finding): string | undefined {
  if (finding.featureIndex === undefined && finding.featureId === undefined) return undefined;
  const parts: string[] = [];
  if (finding.featureIndex !== undefined) parts.push(`feature ${finding.featureIndex}`);
  if (finding.featureId !== undefined) parts.push(`id ${JSON.stringify(finding.featureId)}`);
  return `(${parts.join(', ')})`;
}

function runLine(
  results: readonly ValidationResult[],
  unreadable: readonly UnreadableFile[],
): string {
  const invalid = results.filter((result) => !result.ok).length;
  const total = results.length + unreadable.length;
  const problems = [
    invalid > 0 ? `${invalid} invalid` : undefined,
    unreadable.length > 0 ? `${unreadable.length} unreadable` : undefined,
  ].filter(Boolean);
  const verdict = problems.length > 0 ? problems.join(', ') : 'all valid';
  return `Checked ${plural(total, 'file')}: ${verdict}.`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
