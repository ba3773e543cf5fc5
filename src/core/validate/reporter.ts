import type { Lang } from '../i18n/messages.ts';
import { codeOf, type MessageKey, renderMessage, ruleOf } from './messages.ts';
import { describeValue } from './path.ts';
import { DEFAULT_MAX_FINDINGS, type Finding, type Severity } from './types.ts';

/**
 * A value of the file to quote in a message: rendered as the file writes it (`1e309`,
 * `[100.0, 0, 5]`) when the text is known, else from the parsed value.
 */
export interface Quote {
  readonly quote: string;
  readonly value: unknown;
}

/** A message parameter: plain text or a number, or a quote from the file. */
export type Param = string | number | Quote;

/** A finding before its message is rendered in a language, with quotes and place filled in. */
export interface Draft {
  severity: Severity;
  key: MessageKey;
  path: string;
  params: Readonly<Record<string, Param>>;
  featureIndex?: number;
  featureId?: string | number;
  line?: number;
  column?: number;
}

/** The lengths of a {@link Reporter}'s lists at one moment. */
export interface DraftMark {
  errors: number;
  warnings: number;
}

/** Where the file's text puts a path, and how it writes the value there. */
export interface TextLocator {
  place(path: string): { line: number; column: number } | undefined;
  raw(path: string): string | undefined;
}

/** Quotes `value`, found at `path` in the file. */
export function quote(path: string, value: unknown): Quote {
  return { quote: path, value };
}

/**
 * Collects the findings of one file and stamps each with the file and the feature being
 * checked, so the checks only say what and where. Keeps at most `maxFindings` and counts the
 * rest; errors come first and are never crowded out by warnings, since a file converted from
 * a shapefile can have a winding warning on every one of its polygons. Messages are rendered
 * only for the kept findings, in the caller's language, once the text has been located.
 */
export class Reporter {
  errorCount = 0;
  warningCount = 0;
  featureIndex: number | undefined;
  featureId: string | number | undefined;
  private readonly errors: Draft[] = [];
  private readonly warnings: Draft[] = [];
  /** Every finding added, kept or not, by its kind: a report can say "and 99,950 more like this". */
  private readonly countsByKey = new Map<MessageKey, number>();

  constructor(
    readonly file: string,
    private readonly maxFindings = DEFAULT_MAX_FINDINGS,
  ) {}

  /** Points the following findings at one feature (`undefined`: the document itself). */
  enterFeature(index: number | undefined, id: string | number | undefined): void {
    this.featureIndex = index;
    this.featureId = id;
  }

  error(key: MessageKey, path: string, params: Record<string, Param> = {}): void {
    this.add('error', key, path, params);
  }

  warning(key: MessageKey, path: string, params: Record<string, Param> = {}): void {
    this.add('warning', key, path, params);
  }

  /** Adds a finding with extra fields (a syntax error's line and column), keeping the cap. */
  add(
    severity: Severity,
    key: MessageKey,
    path: string,
    params: Record<string, Param> = {},
    extra?: Pick<Draft, 'line' | 'column'>,
  ): void {
    const list = severity === 'error' ? this.errors : this.warnings;
    if (severity === 'error') this.errorCount += 1;
    else this.warningCount += 1;
    this.countsByKey.set(key, (this.countsByKey.get(key) ?? 0) + 1);
    if (list.length >= this.maxFindings) return;
    const draft: Draft = { severity, key, path, params, ...extra };
    if (this.featureIndex !== undefined) draft.featureIndex = this.featureIndex;
    if (this.featureId !== undefined) draft.featureId = this.featureId;
    list.push(draft);
  }

  /**
   * Adds an error before the kept error at `index`: one that belongs earlier in the file's
   * order but is known only later (a collection's `bbox` against all its features). The
   * cap still holds: the last kept error may become a counted one.
   */
  insertError(index: number, key: MessageKey, path: string, params: Record<string, Param>): Draft {
    this.errorCount += 1;
    this.countsByKey.set(key, (this.countsByKey.get(key) ?? 0) + 1);
    const draft: Draft = { severity: 'error', key, path, params };
    if (this.featureIndex !== undefined) draft.featureIndex = this.featureIndex;
    if (this.featureId !== undefined) draft.featureId = this.featureId;
    if (index >= this.maxFindings) return draft;
    this.errors.splice(index, 0, draft);
    if (this.errors.length > this.maxFindings) this.errors.pop();
    return draft;
  }

  /** How many findings each list keeps now, to find those that one step adds. */
  mark(): DraftMark {
    return { errors: this.errors.length, warnings: this.warnings.length };
  }

  /** The kept findings added since `mark`, still to be placed and quoted (the same objects). */
  draftsSince(mark: DraftMark): Draft[] {
    return [...this.errors.slice(mark.errors), ...this.warnings.slice(mark.warnings)];
  }

  /** Counts findings that are not kept (found beyond a list's own cap). */
  countOnly(severity: Severity, count: number): void {
    if (severity === 'error') this.errorCount += count;
    else this.warningCount += count;
  }

  /** The kept findings, errors first, at most `maxFindings`, not yet rendered. */
  get drafts(): Draft[] {
    const room = Math.max(0, this.maxFindings - this.errors.length);
    return [...this.errors, ...this.warnings.slice(0, room)];
  }

  /** How many errors are kept so far. */
  get keptErrorCount(): number {
    return this.errors.length;
  }

  /** The kept errors from `start` to `end`, already placed and quoted, with their messages. */
  renderErrors(start: number, end: number, lang: Lang): Finding[] {
    return this.errors.slice(start, end).map((draft) => renderDraft(draft, this.file, lang));
  }

  /** Every finding added with its kind (not those only counted), kept or not, by code. */
  get countsByCode(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [key, count] of this.countsByKey) {
      const code = codeOf(key);
      counts[code] = (counts[code] ?? 0) + count;
    }
    return counts;
  }

  /** Findings counted but not kept. */
  get omittedCount(): number {
    return this.errorCount + this.warningCount - this.drafts.length;
  }

  /** The kept findings with their messages in `lang`, quoted and placed by `locator`. */
  render(lang: Lang, locator?: TextLocator): Finding[] {
    return this.drafts.map((draft) => renderDraft(draft, this.file, lang, locator));
  }
}

function renderDraft(draft: Draft, file: string, lang: Lang, locator?: TextLocator): Finding {
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(draft.params)) {
    params[name] = typeof param === 'object' ? renderQuote(param, lang, locator) : param;
  }
  const finding: Finding = {
    severity: draft.severity,
    code: codeOf(draft.key),
    file,
    path: draft.path,
    message: renderMessage(draft.key, params, lang),
  };
  const rule = ruleOf(draft.key);
  if (rule !== undefined) finding.rule = rule;
  if (draft.featureIndex !== undefined) finding.featureIndex = draft.featureIndex;
  if (draft.featureId !== undefined) finding.featureId = draft.featureId;
  const place =
    draft.line !== undefined
      ? { line: draft.line, column: draft.column! }
      : locator?.place(draft.path);
  if (place !== undefined) {
    finding.line = place.line;
    finding.column = place.column;
  }
  return finding;
}

const LONGEST_QUOTE = 80;

/** A quote as the message shows it: the file's own text when `locator` has it and it is short. */
export function renderQuote(
  { quote: path, value }: Quote,
  lang: Lang,
  locator?: TextLocator,
): string {
  if (value === undefined) return lang === 'vi' ? 'không có gì' : 'nothing';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return lang === 'vi' ? 'một object' : 'an object';
  }
  const raw = locator?.raw(path);
  if (raw !== undefined && raw.length <= LONGEST_QUOTE) return raw;
  if (Array.isArray(value) && raw !== undefined) {
    return lang === 'vi' ? `một mảng ${value.length} phần tử` : `an array of ${value.length}`;
  }
  return describeValue(value, lang);
}
