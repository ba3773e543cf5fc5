import { decodeAs } from './decode.ts';
import { VNI_LETTERS, VNI_MARKS } from './tables.ts';
import type { LegacyVietnamese, TextEncoding } from './types.ts';

/** Bytes scanned for a guess: enough text to decide, bounded on any file. */
const SAMPLE_BYTES = 4 * 1024 * 1024;

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

/**
 * The encoding a text most likely is, always one: UTF-8 when it decodes as UTF-8 (legacy files
 * almost never do once they hold an accented letter), else the legacy encoding it reads best
 * in (`classifyLegacy`). The formats read .dbf and CSV text with it.
 */
export function guessEncoding(bytes: Uint8Array): TextEncoding {
  if (isUtf8(bytes)) return 'utf-8';
  return classifyLegacy(bytes.subarray(0, SAMPLE_BYTES));
}

/**
 * Which legacy Vietnamese encoding bytes that are not UTF-8 look like, or `undefined` when
 * their high bytes do not read as Vietnamese text (binary data, another language): the
 * validator names it in its finding. When it answers, it is `guessEncoding`'s answer, so the
 * validator and the formats never name different encodings for the same bytes.
 */
export function guessLegacyVietnamese(bytes: Uint8Array): LegacyVietnamese | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return readsAsVietnamese(sample) ? classifyLegacy(sample) : undefined;
}

const ASCII_VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
/** Windows-1258 precomposed vowels (â ê ô ơ ư ă and capitals) that a tone mark may follow. */
const CP1258_VOWELS = new Set([
  0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3,
]);
/** Windows-1258's combining tone marks: grave, acute, hook, tilde, dot below. */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
/** Windows-1258 letters no other candidate uses for a common letter: Đ đ Ư ư. */
const CP1258_LETTERS = new Set([0xd0, 0xf0, 0xdd, 0xfd]);
/** VNI's bytes for ư Ư đ Đ: letters of their own no other language writes with them. */
const VNI_OWN_LETTERS = new Set(
  [...VNI_LETTERS].filter(([, letter]) => 'ưƯđĐ'.includes(letter)).map(([byte]) => byte),
);

/**
 * Whether the high bytes read as Vietnamese text in some legacy encoding: nearly all of them
 * inside words (random bytes mostly are not), and at least one a sign of an encoding
 * (`signsOf`).
 */
function readsAsVietnamese(bytes: Uint8Array): boolean {
  let high = 0;
  let besideLetter = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    high += 1;
    const before = i > 0 ? bytes[i - 1]! : 0;
    const after = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    if (isLetterOrHigh(before) || isLetterOrHigh(after)) besideLetter += 1;
  }
  if (high === 0 || besideLetter < high * 0.8) return false;
  const signs = signsOf(bytes);
  return signs.tcvn3 + signs.vni + signs['windows-1258'] > 0;
}

/**
 * How many bytes are signs of each encoding, whose bytes for common letters differ: TCVN3 (ABC)
 * puts ă â ê ô ơ ư đ and many toned vowels in 0xA1–0xBF, which the others leave to symbols; VNI
 * writes a plain vowel followed by a mark byte, and ư/đ as 0xF6/0xF1; Windows-1258 writes ư/đ
 * as 0xFD/0xF0 and tones as combining bytes after a vowel.
 */
function signsOf(bytes: Uint8Array): Record<LegacyVietnamese, number> {
  const score = { tcvn3: 0, vni: 0, 'windows-1258': 0 };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const before = i > 0 ? bytes[i - 1]! : 0;
    if (byte >= 0xa1 && byte <= 0xbf) score.tcvn3 += 1;
    if (CP1258_LETTERS.has(byte)) score['windows-1258'] += 1;
    if (CP1258_TONES.has(byte) && (ASCII_VOWELS.has(before) || CP1258_VOWELS.has(before)))
      score['windows-1258'] += 1;
    if (VNI_OWN_LETTERS.has(byte)) score.vni += 1;
    if (VNI_MARKS.has(byte) && ASCII_VOWELS.has(before)) score.vni += 1;
  }
  return score;
}

function isLetterOrHigh(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte >= 0x80;
}

/**
 * The legacy encoding bytes read best in: the one with most of its own signs (`signsOf`); on a
 * tie, VNI when nearly every high byte is a VNI letter or a VNI mark right after a vowel (its
 * way of writing accents, which TCVN3's precomposed letters, mostly after consonants, do not
 * match), else TCVN3 or Windows-1258, whichever decodes to the most Vietnamese letters and the
 * fewest symbols no Vietnamese text has.
 */
function classifyLegacy(bytes: Uint8Array): LegacyVietnamese {
  const ranked = (Object.entries(signsOf(bytes)) as [LegacyVietnamese, number][]).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = ranked;
  if (best![1] > second![1]) return best![0];
  if (looksLikeVni(bytes)) return 'vni';
  const candidates: LegacyVietnamese[] = ['tcvn3', 'windows-1258'];
  const scored = candidates.map((encoding) => ({
    encoding,
    score: vietnameseScore(decodeAs(bytes, encoding)),
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.encoding;
}

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
    else if (VNI_MARKS.has(byte) && (ASCII_VOWELS.has(before) || VNI_VOWEL_LETTERS.has(before))) {
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
