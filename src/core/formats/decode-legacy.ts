import { TCVN3_TO_UNICODE, VNI_LETTERS, VNI_MARKS } from './legacy-vietnamese-tables.ts';
import type { TextEncoding } from './types.ts';

const BYTE_AS_1252 = new TextDecoder('windows-1252');
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
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

/**
 * The encoding a text most likely is: UTF-8 when it decodes as UTF-8 (legacy files almost never
 * do once they hold an accented letter); VNI when nearly every high byte is a VNI letter or a
 * VNI mark right after a vowel (its way of writing accents, which TCVN3's precomposed letters,
 * mostly after consonants, do not match); else TCVN3 or Windows-1258, whichever decodes to the
 * most Vietnamese letters and the fewest symbols no Vietnamese text has.
 */
export function guessEncoding(bytes: Uint8Array): TextEncoding {
  if (isUtf8(bytes)) return 'utf-8';
  if (looksLikeVni(bytes)) return 'vni';
  const candidates: TextEncoding[] = ['tcvn3', 'windows-1258'];
  const scored = candidates.map((encoding) => ({
    encoding,
    score: vietnameseScore(decodeAs(bytes, encoding)),
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.encoding;
}

const ASCII_VOWEL = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
// VNI's ơ ư Ơ Ư, which take a tone mark after them like a plain vowel.
const VNI_VOWEL_LETTERS = new Set([0xf4, 0xf6, 0xd4, 0xd6]);

function looksLikeVni(bytes: Uint8Array): boolean {
  let high = 0;
  let fitting = 0;
  let marks = 0;
  bytes.forEach((byte, i) => {
    if (byte < 0x80) return;
    high += 1;
    const before = i > 0 ? bytes[i - 1]! : 0;
    if (VNI_LETTERS.has(byte)) fitting += 1;
    else if (VNI_MARKS.has(byte) && (ASCII_VOWEL.has(before) || VNI_VOWEL_LETTERS.has(before))) {
      fitting += 1;
      marks += 1;
    }
  });
  return marks > 0 && fitting >= 0.9 * high;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8_STRICT.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Letters of Vietnamese beyond ASCII, precomposed (what NFC gives for the language).
const VIETNAMESE_LETTER =
  /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/giu;
// High characters no Vietnamese text is made of: a wrong guess leaves them behind.
const FOREIGN =
  /[\u0080-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]|\p{Mn}/gu;

function vietnameseScore(text: string): number {
  const letters = text.match(VIETNAMESE_LETTER)?.length ?? 0;
  const foreign = text.match(FOREIGN)?.length ?? 0;
  return letters - 3 * foreign;
}

function byteAs1252(byte: number): string {
  return byte < 0x80 ? String.fromCharCode(byte) : BYTE_AS_1252.decode(new Uint8Array([byte]));
}
