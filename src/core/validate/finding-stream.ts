import type { Lang } from '../i18n/messages.ts';
import type { Reporter } from './reporter.ts';
import type { Finding, ValidationResult } from './types.ts';

/**
 * A file's findings on their way to {@link ValidateOptions.onFindings}: sent in the order of
 * the result's `findings`, each once, so what was sent early plus {@link finish}'s rest is the
 * result's list whichever way the file was read.
 */
export class FindingStream {
  private sent = 0;

  constructor(
    private readonly sink: (findings: Finding[]) => void,
    private readonly maxFindings: number,
  ) {}

  send(findings: Finding[]): void {
    if (findings.length === 0) return;
    this.sent += findings.length;
    this.sink(findings);
  }

  /** How many more may be sent early: the result keeps no more than its cap. */
  get room(): number {
    return Math.max(0, this.maxFindings - this.sent);
  }

  /** Sends what of the result was not sent yet. */
  finish(result: ValidationResult): void {
    this.send(result.findings.slice(this.sent));
  }
}

/**
 * Sends a reporter's errors as they are kept. Errors come first in a result and are never
 * crowded out, so each one kept is sure of its place: all but a collection `bbox`'s against
 * its positions, known after the last feature and put first (the caller then sends nothing
 * early).
 */
export class EarlyErrors {
  private from = 0;

  constructor(
    private readonly reporter: Reporter,
    private readonly stream: FindingStream,
    private readonly lang: Lang,
  ) {}

  sendNew(): void {
    const to = Math.min(this.reporter.keptErrorCount, this.from + this.stream.room);
    if (to <= this.from) return;
    this.stream.send(this.reporter.renderErrors(this.from, to, this.lang));
    this.from = to;
  }
}
