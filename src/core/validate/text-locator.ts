import { type LineColumn, lineColumnsAt } from '../json/line-column.ts';
import { type DuplicateSeverity, type JsonScan, scanJson } from '../json/scan-json.ts';
import { isSevereDuplicate } from './duplicate-keys.ts';
import type { Reporter, TextLocator } from './reporter.ts';

/** A {@link TextLocator} over one text, with the scan that built it. */
export interface FileLocator extends TextLocator {
  scan: JsonScan;
  /** Line and column of an offset the scan reported (a repeated member name). */
  lineColumn(offset: number): LineColumn;
}

/** Quotes longer than this are not shown whole, so only their start is kept. */
const RAW_LIMIT = 200;

/**
 * Scans the text once for the places of the reporter's kept findings and of the values their
 * messages quote (and for repeated member names), then answers from tables.
 */
export function locateInText(text: string, reporter: Reporter): FileLocator {
  const wanted = new Set<string>();
  for (const draft of reporter.drafts) {
    wanted.add(draft.path);
    for (const param of Object.values(draft.params)) {
      if (typeof param === 'object') wanted.add(param.quote);
    }
  }
  return locatePaths(text, wanted);
}

/**
 * {@link locateInText} for given paths: a feature's text read on its own locates its findings'
 * paths made relative to it, and lists at most `maxDuplicates` repeated names.
 */
export function locatePaths(
  text: string,
  wanted: Iterable<string>,
  maxDuplicates?: number,
  isSevere: DuplicateSeverity = isSevereDuplicate,
): FileLocator {
  const scan = scanJson(text, wanted, maxDuplicates, isSevere);
  const offsets: number[] = [];
  for (const path of wanted) {
    const span = scan.spanOf(path, true);
    if (span !== undefined) offsets.push(span.start);
  }
  for (const duplicate of scan.duplicateKeys) offsets.push(duplicate.offset, duplicate.firstOffset);
  const places = lineColumnsAt(text, offsets);
  return {
    scan,
    lineColumn: (offset) => places.get(offset) ?? { line: 1, column: 1 },
    place(path) {
      const span = scan.spanOf(path, true);
      return span === undefined ? undefined : places.get(span.start);
    },
    raw(path) {
      const span = scan.spanOf(path);
      if (span === undefined) return undefined;
      const raw = text.slice(span.start, Math.min(span.end, span.start + RAW_LIMIT));
      return span.end - span.start > RAW_LIMIT ? `${compact(raw)}…` : compact(raw);
    },
  };
}

/**
 * `[ 100.0,\n 0 ]` → `[100.0, 0]`: whitespace outside strings dropped, one space after each
 * comma; numbers and strings stay exactly as written.
 */
function compact(raw: string): string {
  if (raw[0] !== '[' && raw[0] !== '{') return raw;
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += raw[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    if (ch === '"') inString = true;
    out += ch === ',' ? ', ' : ch;
  }
  return out;
}
