import { DEFAULT_MAX_FINDINGS, type Finding, type Severity } from './types.ts';

/**
 * Collects the findings of one file and stamps each with the file and the feature being
 * checked, so the checks only say what and where. Keeps at most `maxFindings` and counts the
 * rest; errors come first and are never crowded out by warnings, since a file converted from
 * a shapefile can have a winding warning on every one of its polygons.
 */
export class Reporter {
  errorCount = 0;
  warningCount = 0;
  featureIndex: number | undefined;
  featureId: string | number | undefined;
  private readonly errors: Finding[] = [];
  private readonly warnings: Finding[] = [];

  constructor(
    readonly file: string,
    private readonly maxFindings = DEFAULT_MAX_FINDINGS,
  ) {}

  /** Points the following findings at one feature (`undefined`: the document itself). */
  enterFeature(index: number | undefined, id: string | number | undefined): void {
    this.featureIndex = index;
    this.featureId = id;
  }

  error(code: string, path: string, message: string): void {
    this.add('error', code, path, message);
  }

  warning(code: string, path: string, message: string): void {
    this.add('warning', code, path, message);
  }

  /** Adds a finding with extra fields (a syntax error's line and column), keeping the cap. */
  add(severity: Severity, code: string, path: string, message: string, extra?: Partial<Finding>) {
    const list = severity === 'error' ? this.errors : this.warnings;
    if (severity === 'error') this.errorCount += 1;
    else this.warningCount += 1;
    if (list.length >= this.maxFindings) return;
    const finding: Finding = { severity, code, file: this.file, path, message };
    if (this.featureIndex !== undefined) finding.featureIndex = this.featureIndex;
    if (this.featureId !== undefined) finding.featureId = this.featureId;
    list.push(extra ? { ...finding, ...extra } : finding);
  }

  /** The kept findings, errors first, at most `maxFindings`. */
  get findings(): Finding[] {
    const room = Math.max(0, this.maxFindings - this.errors.length);
    return [...this.errors, ...this.warnings.slice(0, room)];
  }

  /** Findings counted but not kept. */
  get omittedCount(): number {
    return this.errorCount + this.warningCount - this.findings.length;
  }
}
