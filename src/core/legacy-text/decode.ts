import { TCVN3_TO_UNICODE, VNI_LETTERS, VNI_MARKS } from './tables.ts';
import type { TextEncoding } from './types.ts';

const BYTE_AS_1252 = new TextDecoder('windows-1252');
const VOWELS = /[aeiouyAEIOUYơưƠƯ]$/;

/** TCVN3 (ABC) bytes as Unicode NFC text. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += TCVN3_TO_UNICODE.get(byte) ?? byteAs1252(byte);
  return out.normalize('NFC');
}

/** VNI-Windows bytes as Unicode NFC text: a mark byte after a vowel becomes its accent. */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    const letter = VNI_LETTERS.get(byte);
    const mark = VNI_MARKS.get(byte);
    if (mark !== undefined && VOWELS.test(out)) out += mark;
    else out += letter ?? byteAs1252(byte);
  }
  return out.normalize('NFC');
}

/** Bytes as text in the encoding named, NFC. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvn3(bytes);
  if (encoding === 'vni') return decodeVni(bytes);
  return new TextDecoder(encoding).decode(bytes).normalize('NFC');
}

function byteAs1252(byte: number): string {
  return byte < 0x80 ? String.fromCharCode(byte) : BYTE_AS_1252.decode(new Uint8Array([byte]));
}
