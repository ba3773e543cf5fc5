/** The legacy Vietnamese encodings that files from older GIS and office tools still use. */
export type LegacyVietnamese = 'tcvn3' | 'vni' | 'windows-1258';

/** Bytes scanned for the guess: enough text to decide, bounded on any file. */
const SAMPLE_BYTES = 4 * 1024 * 1024;

const ASCII_VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
/** Windows-1258 precomposed vowels (â ê ô ơ ư ă and capitals) that a tone mark may follow. */
const CP1258_VOWELS = new Set([
  0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3,
]);
/** Windows-1258's combining tone marks: grave, acute, hook, tilde, dot below. */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
/** Windows-1258 letters no other candidate uses for a common letter: Đ đ Ư ư. */
const CP1258_LETTERS = new Set([0xd0, 0xf0, 0xdd, 0xfd]);
/** VNI letters on their own: ư Ư đ Đ. */
const VNI_LETTERS = new Set([0xf6, 0xd6, 0xf1, 0xd1]);
/** VNI marks written after a plain vowel (à = a + 0xF8, ộ = o + 0xE4, …), lower and upper case. */
const VNI_MARKS = new Set([
  0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe8, 0xe9, 0xea, 0xeb, 0xfa,
  0xfc, 0xd8, 0xd9, 0xdb, 0xcf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc8, 0xc9, 0xca, 0xcb, 0xda,
  0xdc,
]);

/**
 * Which legacy Vietnamese encoding a file that is not UTF-8 looks like, or `undefined` when its
 * high bytes do not read as Vietnamese text (binary data, another language). The bytes each
 * encoding uses for common letters differ: TCVN3 (ABC) puts ă â ê ô ơ ư đ and many toned
 * vowels in 0xA1–0xBF, which the others leave to symbols; VNI writes a plain vowel followed by
 * a mark byte, and ư/đ as 0xF6/0xF1; Windows-1258 writes ư/đ as 0xFD/0xF0 and tones as
 * combining bytes after a vowel. The encoding with most of its own signs wins.
 */
export function guessLegacyVietnamese(bytes: Uint8Array): LegacyVietnamese | undefined {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  const score = { tcvn3: 0, vni: 0, 'windows-1258': 0 };
  let high = 0;
  let besideLetter = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    high += 1;
    const before = i > 0 ? bytes[i - 1]! : 0;
    const after = i + 1 < end ? bytes[i + 1]! : 0;
    if (isLetterOrHigh(before) || isLetterOrHigh(after)) besideLetter += 1;
    if (byte >= 0xa1 && byte <= 0xbf) score.tcvn3 += 1;
    if (CP1258_LETTERS.has(byte)) score['windows-1258'] += 1;
    if (CP1258_TONES.has(byte) && (ASCII_VOWELS.has(before) || CP1258_VOWELS.has(before)))
      score['windows-1258'] += 1;
    if (VNI_LETTERS.has(byte)) score.vni += 1;
    if (VNI_MARKS.has(byte) && ASCII_VOWELS.has(before)) score.vni += 1;
  }
  // Text has its accented letters inside words; random bytes mostly do not.
  if (high === 0 || besideLetter < high * 0.8) return undefined;
  const ranked = (Object.entries(score) as Array<[LegacyVietnamese, number]>).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = ranked;
  if (best![1] === 0 || best![1] === second![1]) return undefined;
  return best![0];
}

function isLetterOrHigh(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte >= 0x80;
}
