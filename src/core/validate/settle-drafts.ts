import type { Lang } from '../i18n/messages.ts';
import type { LineColumn } from '../json/line-column.ts';
import { type Draft, type Param, renderQuote } from './reporter.ts';
import type { FileLocator } from './text-locator.ts';

/** One piece of a file read on its own (a feature's text, or the skeleton around them). */
export interface Piece {
  locator: FileLocator;
  /** A path of the document as a path within the piece, or `undefined` when outside it. */
  within(path: string): string | undefined;
  /** A place in the piece as a place in the file. */
  toFile(place: LineColumn): LineColumn;
}

/**
 * Gives drafts made while a piece was checked their line and column in the file and their
 * quotes as the file writes them, as {@link Reporter.render} would from the whole text, so
 * the piece's text and parsed values can be let go before the findings are rendered.
 */
export function settleDrafts(drafts: readonly Draft[], piece: Piece, lang: Lang): void {
  for (const draft of drafts) {
    if (draft.line === undefined) {
      const path = piece.within(draft.path);
      const place = path === undefined ? undefined : piece.locator.place(path);
      if (place !== undefined) Object.assign(draft, piece.toFile(place));
    }
    const params: Record<string, Param> = {};
    for (const [name, param] of Object.entries(draft.params)) {
      params[name] = typeof param === 'object' ? settleQuote(param, piece, lang) : param;
    }
    draft.params = params;
  }
}

function settleQuote(param: Exclude<Param, string | number>, piece: Piece, lang: Lang): Param {
  const path = piece.within(param.quote);
  if (path === undefined) return param;
  return renderQuote({ quote: path, value: param.value }, lang, piece.locator);
}

/** The paths of the drafts and of their quotes, within the piece. */
export function wantedPaths(drafts: readonly Draft[], piece: Pick<Piece, 'within'>): Set<string> {
  const wanted = new Set<string>();
  const add = (path: string) => {
    const inner = piece.within(path);
    if (inner !== undefined) wanted.add(inner);
  };
  for (const draft of drafts) {
    add(draft.path);
    for (const param of Object.values(draft.params)) {
      if (typeof param === 'object') add(param.quote);
    }
  }
  return wanted;
}

/** `features[3].geometry` within `features[3]` is `geometry`; `features[3]` itself is `''`. */
export function pathWithin(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const next = path[prefix.length];
  if (next === undefined) return '';
  if (next === '.') return path.slice(prefix.length + 1);
  return next === '[' ? path.slice(prefix.length) : undefined;
}

/** A place in a text that starts at `start` of the file as a place in the file. */
export function shiftedPlace(start: LineColumn, place: LineColumn): LineColumn {
  if (place.line === 1) return { line: start.line, column: start.column + place.column - 1 };
  return { line: start.line + place.line - 1, column: place.column };
}
