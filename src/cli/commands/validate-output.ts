import {
  findingLine,
  omittedLine,
  summaryLine,
  type UnreadableFile,
} from '../../core/validate/report.ts';
import type { Finding, ValidationResult } from '../../core/validate/types.ts';

/** The code of the finding that stands for a bug of ours met while checking a file. */
export const INTERNAL_ERROR = 'internal-error';

/** The end of a run: every file's result with the cross-file ids added, and what was unreadable. */
export interface RunEnd {
  checked: readonly ValidationResult[];
  /** The cross-file duplicate-id findings, per file, in the same order. */
  added: readonly Finding[][];
  problems: readonly UnreadableFile[];
}

/**
 * What the run prints, as it goes: each finding as the validator sends it, each file when it is
 * done, the run at the end. Findings arrive while a file is being checked (synchronously), so
 * they are written at once; standard output to a pipe or a file is written synchronously on
 * Linux, so they are seen as they are found.
 */
export interface RunPrinter {
  findings(file: string, findings: readonly Finding[]): void;
  /**
   * After the file's last finding: `result` as the validator gave it, `checked` with `added`,
   * the errors for its ids already used by an earlier file.
   */
  file(
    result: ValidationResult,
    checked: ValidationResult,
    added: readonly Finding[],
  ): Promise<void>;
  problem(problem: UnreadableFile): Promise<void>;
  finish(end: RunEnd): Promise<void>;
}

/** Writes and waits until the text has left the process, so output is seen as it is made. */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

/**
 * Text: each finding as it is found, then the file's summary line; ids shared between files and
 * the run's line at the end.
 */
export function textPrinter(): RunPrinter {
  return {
    findings(_file, findings) {
      if (findings.length === 0) return;
      process.stdout.write(findings.map((finding) => `  ${findingLine(finding)}\n`).join(''));
    },
    file(result) {
      const omitted = omittedLine(result);
      return write(`${omitted ? `  ${omitted}\n` : ''}${summaryLine(result)}\n`);
    },
    problem: ({ file, message }) => write(`✗ ${file}: cannot read: ${message}\n`),
    async finish({ checked, added, problems }) {
      const shared = added.flat();
      const lines = shared.length > 0 ? ['Ids used in more than one file:'] : [];
      for (const finding of shared) lines.push(`  ${findingLine(finding)}`);
      lines.push(runLine(checked, problems));
      await write(`${lines.join('\n')}\n`);
    },
  };
}

/**
 * JSON: one report (`{"files": […], "unreadable": […], "ok": …}`), written as the run goes:
 * each file's findings as they are found, its counts (and its ids shared with earlier files)
 * when it is done. Internal errors are files with an `internal-error` finding, so the report is
 * the same valid JSON whatever happened.
 */
export function jsonPrinter(): RunPrinter {
  let started = false;
  /** The file whose findings array is open, and whether it has an element yet. */
  let open: { file: string; first: boolean } | undefined;
  const start = () => {
    if (started) return '';
    started = true;
    return '{\n  "files": [\n';
  };
  const openFile = (file: string, first: boolean) => {
    const head = `${start()}${first ? '' : ',\n'}    {\n      "file": ${JSON.stringify(file)},\n      "findings": [`;
    open = { file, first: true };
    return head;
  };
  let files = 0;
  const items = (findings: readonly Finding[]) => {
    let text = '';
    for (const finding of findings) {
      text += `${open!.first ? '\n' : ',\n'}${indent(JSON.stringify(finding, null, 2), 8)}`;
      open!.first = false;
    }
    return text;
  };
  return {
    findings(file, findings) {
      if (findings.length === 0) return;
      const head = open?.file === file ? '' : openFile(file, files++ === 0);
      process.stdout.write(head + items(findings));
    },
    file(result, checked, added) {
      const head = open?.file === result.file ? '' : openFile(result.file, files++ === 0);
      const findings = items(added);
      const { ok, featureCount, errorCount, warningCount, omittedCount } = checked;
      const close = open!.first ? ']' : '\n      ]';
      const counts = { ok, featureCount, errorCount, warningCount, omittedCount };
      const members = Object.entries(counts).map(([k, v]) => `      "${k}": ${JSON.stringify(v)}`);
      open = undefined;
      return write(`${head}${findings}${close},\n${members.join(',\n')}\n    }`);
    },
    problem: async () => {},
    finish({ checked, problems }) {
      const ok = problems.length === 0 && checked.every((result) => result.ok);
      const unreadable = indent(JSON.stringify(problems, null, 2), 2).trimStart();
      const files = started ? '\n  ],' : '{\n  "files": [],';
      return write(`${files}\n  "unreadable": ${unreadable},\n  "ok": ${ok}\n}\n`);
    },
  };
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

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
