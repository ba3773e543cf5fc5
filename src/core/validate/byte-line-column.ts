import type { LineColumn } from '../json/line-column.ts';

/** Bytes decoded at a time to count a long line's columns: never one string of the line. */
const CHUNK_BYTES = 1 << 20;

/**
 * 1-based line and column of a byte offset, the column counted in UTF-16 units of the text a
 * lenient UTF-8 decoder makes of the bytes (U+FFFD for bad bytes), as the validator counts
 * columns in the decoded text. `offset` is at the start of a character.
 */
export function byteLineColumn(bytes: Uint8Array, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let units = 0;
  for (let at = lineStart; at < offset; at += CHUNK_BYTES) {
    const chunk = bytes.subarray(at, Math.min(offset, at + CHUNK_BYTES));
    units += decoder.decode(chunk, { stream: true }).length;
  }
  units += decoder.decode().length;
  return { line, column: units + 1 };
}
