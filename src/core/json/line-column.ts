/** A place in a text, both 1-based, as editors show it. */
export interface LineColumn {
  line: number;
  /** Counted in UTF-16 code units, like JavaScript strings and most editors' column rulers. */
  column: number;
}

/**
 * The line and column of a character offset. Lines end at `\n`; a `\r` before it belongs to the
 * line, so CRLF files count like LF files.
 */
export function lineColumnAt(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  while (newline !== -1 && newline < end) {
    line += 1;
    lineStart = newline + 1;
    newline = text.indexOf('\n', lineStart);
  }
  return { line, column: end - lineStart + 1 };
}

/** The line and column of many offsets in one pass over the text. */
export function lineColumnsAt(text: string, offsets: Iterable<number>): Map<number, LineColumn> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const places = new Map<number, LineColumn>();
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  for (const offset of sorted) {
    const end = Math.max(0, Math.min(offset, text.length));
    while (newline !== -1 && newline < end) {
      line += 1;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    places.set(offset, { line, column: end - lineStart + 1 });
  }
  return places;
}
