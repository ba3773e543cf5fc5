/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all bytes are UTF-8.
 * Only called after the engine's own decoder has refused the bytes, to say where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** The length of the well-formed sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead >= 0xc2 && lead <= 0xdf) return continues(bytes, i + 1, 1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = bytes[i + 1];
    if (second === undefined) return 0;
    // E0 needs A0–BF (no overlong form); ED needs 80–9F (no surrogates).
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    if (second < low || second > high) return 0;
    return continues(bytes, i + 2, 1) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = bytes[i + 1];
    if (second === undefined) return 0;
    // F0 needs 90–BF (no overlong form); F4 needs 80–8F (nothing above U+10FFFF).
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return 0;
    return continues(bytes, i + 2, 2) ? 4 : 0;
  }
  return 0;
}

function continues(bytes: Uint8Array, from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) {
    const byte = bytes[k];
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return false;
  }
  return true;
}
