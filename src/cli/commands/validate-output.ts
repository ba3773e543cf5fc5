import {
  findingLine,
  formatFileReport,
  toJsonReport,
  type UnreadableFile,
} from '../../core/validate/report.ts';
import type { Finding, ValidationResult } from '../../core/validate/types.ts';

/** The code of the finding that stands for a bug of ours met while checking a file. */
export const INTERNAL_ERROR = 'internal-error';

/** What the run prints, as it goes: each file when it is done, the run at the end. */
export interface RunPrinter {
  file(result: ValidationResult): Promise<void>;
  problem(problem: UnreadableFile): Promise<void>;
  /**
   * `checked`: every file's result with the cross-file duplicate ids added; `added`: those
   * findings alone, per file, in the same order.
   */
  finish(
    checked: ValidationResult[],
    added: Finding[][],
    problems: UnreadableFile[],
  ): Promise<void>;
}

/** Writes and waits until the text has left the process, so output is seen as it is made. */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

/** Text: each file's findings as soon as it is checked; ids shared between files at the end. */
export const textPrinter: RunPrinter = {
  file: (result) => write(formatFileReport(result)),
  problem: ({ file, message }) => write(`✗ ${file}: cannot read: ${message}\n`),
  async finish(checked, added, problems) {
    const shared = added.flat();
    const lines = shared.length > 0 ? ['Ids used in more than one file:'] : [];
    for (const finding of shared) lines.push(`  ${findingLine(finding)}`);
    lines.push(runLine(checked, problems));
    await write(`${lines.join('\n')}\n`);
  },
};

/**
 * JSON: one report at the end (findings are capped per file, so it stays small), with the
 * shared ids inside their files. Internal errors are files with an `internal-error` finding, so
 * the report is the same valid JSON whatever happened.
 */
export const jsonPrinter: RunPrinter = {
  file: async () => {},
  problem: async () => {},
  finish: (checked, _added, problems) =>
    write(`${JSON.stringify(toJsonReport(checked, problems), null, 2)}\n`),
};

export function isInternalError(result: ValidationResult): boolean {
  return result.findings.some((finding) => finding.code === INTERNAL_ERROR);
}

function runLine(results: readonly ValidationResult[], problems: readonly UnreadableFile[]) {
  const internal = results.filter(isInternalError).length;
  const invalid = results.filter((result) => !result.ok).length - internal;
  const parts = [
    invalid > 0 ? `${invalid} invalid` : undefined,
    problems.length > 0 ? `${problems.length} unreadable` : undefined,
    internal > 0 ? plural(internal, 'internal error') : undefined,
  ].filter(Boolean);
  const verdict = parts.length > 0 ? parts.join(', ') : 'all valid';
  return `Checked ${plural(results.length + problems.length, 'file')}: ${verdict}.`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
