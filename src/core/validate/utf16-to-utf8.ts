import { type Utf16Kind, utf16Encoding } from './decode-bytes.ts';

/** UTF-16 bytes decoded at a time: the text of one piece is all that exists at once. */
const PIECE_BYTES = 1024 * 1024;

/**
 * The UTF-8 bytes of a UTF-16 file's text, decoded and encoded a piece at a time: the text
 * the whole-text reader decodes (its BOM dropped, a lone surrogate or a stray last byte as
 * U+FFFD), in about half the memory of that text for the ASCII of GeoJSON, and never one
 * string. Lines and columns counted in these bytes as a UTF-8 decoder counts UTF-16 units are
 * those of the text.
 */
export function utf16ToUtf8(bytes: Uint8Array, kind: Utf16Kind): Uint8Array {
  const decoder = new TextDecoder(utf16Encoding(kind));
  const encoder = new TextEncoder();
  // Each UTF-16 unit (two bytes) is at most three bytes of UTF-8; pages never written to are
  // never touched, so the slack costs address space, not memory.
  const out = new Uint8Array(Math.ceil(bytes.length / 2) * 3 + 8);
  let written = 0;
  for (let at = 0; at <= bytes.length; at += PIECE_BYTES) {
    const last = at + PIECE_BYTES >= bytes.length;
    const piece = bytes.subarray(at, at + PIECE_BYTES);
    const text = last ? decoder.decode(piece) : decoder.decode(piece, { stream: true });
    written += encoder.encodeInto(text, out.subarray(written)).written;
    if (last) break;
  }
  return out.subarray(0, written);
}
