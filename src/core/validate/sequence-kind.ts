/** How a GeoJSON text sequence (RFC 8142, GDAL's `*.geojsonl`) separates its records. */
export type SequenceKind = 'record-separator' | 'newline';

/**
 * The rule, on a whole text: `record-separator` when the text starts with RS (RFC 8142),
 * `newline` when its first line is a whole GeoJSON object and another object follows on a
 * later line (then the text as a whole is not JSON anyway, so no valid file is ever taken for a
 * sequence), else `undefined`. {@link sequenceKindOfBytes} answers the same from the bytes.
 */
export function geojsonSequenceKind(text: string): SequenceKind | undefined {
  const start = text.search(/\S/);
  if (start === -1) return undefined;
  if (text.charCodeAt(start) === RS) return 'record-separator';
  if (text[start] !== '{') return undefined;
  const newline = text.indexOf('\n', start);
  if (newline === -1) return undefined;
  const firstLine = text.slice(start, newline).trimEnd();
  if (!firstLine.endsWith('}')) return undefined;
  const next = text.slice(newline, newline + WINDOW).search(/\S/);
  if (next === -1 || text[newline + next] !== '{') return undefined;
  return isGeoJsonObject(firstLine) ? 'newline' : undefined;
}

/** The text's encoding, as the whole-text reader decodes it. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes decoded at a time: enough for the first line of nearly every file. */
const PIECE_BYTES = 64 * 1024;
/** How far past the first line's end the next object is looked for, in UTF-16 units. */
const WINDOW = 4096;
const RS = 0x1e;
const SPACE = /\s/;

/**
 * {@link geojsonSequenceKind} of the text these bytes decode to (leniently, a UTF-8 BOM kept,
 * a UTF-16 one dropped, as the whole-text reader decodes them), decoding piece by piece only as
 * far as the answer needs: usually the first line and 4,096 units more. A file on one line is
 * decoded through once, a piece at a time, and let go; only a first line that ends in `}` with
 * an object after it is decoded whole, to be parsed. `pieceBytes` is for tests.
 */
export function sequenceKindOfBytes(
  bytes: Uint8Array,
  encoding: TextEncoding,
  pieceBytes = PIECE_BYTES,
): SequenceKind | undefined {
  const scan = new SequenceScan();
  const decoder = textDecoder(encoding);
  let end = 0;
  while (scan.verdict === 'unknown') {
    // A document on one line (a minified collection) is told from its bytes, not decoded.
    if (scan.start >= 0 && encoding === 'utf-8' && !mayBeSequence(bytes)) return undefined;
    const last = end >= bytes.length;
    const next = Math.min(bytes.length, end + pieceBytes);
    const text = last ? decoder.decode() : decoder.decode(bytes.subarray(end, next), STREAM);
    end = next;
    scan.read(text, end, last);
    if (last) break;
  }
  if (scan.verdict !== 'parse') return scan.verdict === 'unknown' ? undefined : scan.verdict;
  // The first line, decoded once more, up to the piece where it ends.
  const upTo = textDecoder(encoding).decode(bytes.subarray(0, scan.lineEndBytes), STREAM);
  return isGeoJsonObject(upTo.slice(scan.start, scan.newline).trimEnd()) ? 'newline' : undefined;
}

const STREAM = { stream: true } as const;

function textDecoder(encoding: TextEncoding): TextDecoder {
  return encoding === 'utf-8'
    ? new TextDecoder('utf-8', { ignoreBOM: true })
    : new TextDecoder(encoding);
}

/** The state of {@link sequenceKindOfBytes}'s reading, piece by piece. */
class SequenceScan {
  verdict: SequenceKind | undefined | 'unknown' | 'parse' = 'unknown';
  /** Where the first non-blank unit is, and the first line's newline (text offsets). */
  start = -1;
  newline = -1;
  /** Bytes decoded when the newline was read. */
  lineEndBytes = 0;
  /** Text offset of the current piece's first unit. */
  private at = 0;
  private lastInLine = '';
  private window = 0;

  read(text: string, bytesSoFar: number, last: boolean): void {
    let from = 0;
    if (this.start < 0) from = this.findStart(text);
    if (from >= 0 && this.newline < 0 && this.start >= 0)
      from = this.findNewline(text, from, bytesSoFar);
    if (from >= 0 && this.newline >= 0) this.findNext(text, from);
    this.at += text.length;
    if (last && this.verdict === 'unknown') this.verdict = undefined;
  }

  /** The first non-blank unit: RS, `{` or anything else decides. Returns where to read on. */
  private findStart(text: string): number {
    const found = text.search(/\S/);
    if (found === -1) return -1;
    this.start = this.at + found;
    const unit = text.charCodeAt(found);
    if (unit === RS) this.verdict = 'record-separator';
    else if (unit !== 0x7b) this.verdict = undefined;
    return this.verdict === 'unknown' ? found + 1 : -1;
  }

  /** The first line's end; the last non-blank unit before it must be `}`. */
  private findNewline(text: string, from: number, bytesSoFar: number): number {
    const found = text.indexOf('\n', from);
    const line = text.slice(from, found === -1 ? text.length : found).trimEnd();
    if (line.length > 0) this.lastInLine = line[line.length - 1]!;
    if (found === -1) return -1;
    this.newline = this.at + found;
    this.lineEndBytes = bytesSoFar;
    // The first line is `{` itself when nothing else in it is non-blank.
    if ((this.lastInLine || '{') !== '}') this.verdict = undefined;
    return this.verdict === 'unknown' ? found : -1;
  }

  /** The first non-blank unit within {@link WINDOW} units from the newline must be `{`. */
  private findNext(text: string, from: number): void {
    for (let i = from; i < text.length && this.window < WINDOW; i++, this.window++) {
      const unit = text[i]!;
      if (SPACE.test(unit)) continue;
      this.verdict = unit === '{' ? 'parse' : undefined;
      return;
    }
    if (this.window >= WINDOW) this.verdict = undefined;
  }
}

/**
 * False when UTF-8 bytes whose first non-blank character is `{` surely fail the newline rule,
 * told from ASCII bytes alone: no newline after the `{`, or the last non-blank byte before it
 * is not `}`, or the first one after it (within {@link WINDOW}) is not `{`. True when it takes
 * the decoded text to tell (a non-ASCII blank on the way, or a likely sequence).
 */
function mayBeSequence(bytes: Uint8Array): boolean {
  // Only blanks come before the first `{`, and no UTF-8 sequence holds an ASCII byte.
  const newline = bytes.indexOf(0x0a, bytes.indexOf(0x7b));
  if (newline === -1) return false;
  let before = newline - 1;
  while (before >= 0 && isAsciiBlank(bytes[before]!)) before--;
  if (bytes[before]! >= 0x80) return true;
  if (bytes[before] !== 0x7d) return false;
  let after = newline + 1;
  while (after < bytes.length && isAsciiBlank(bytes[after]!)) after++;
  if (after >= bytes.length || after - newline >= WINDOW) return false;
  return bytes[after]! >= 0x80 || bytes[after] === 0x7b;
}

function isAsciiBlank(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function isGeoJsonObject(line: string): boolean {
  try {
    const first = JSON.parse(line) as { type?: unknown } | null;
    return typeof first?.type === 'string';
  } catch {
    return false;
  }
}
