/**
 * Byte-to-letter tables as runs: `[first byte, letters]`, the letters taking consecutive bytes.
 * Kept as tuples so the bytes stay in hexadecimal, as the code pages are published.
 */
type Runs = readonly (readonly [number, string])[];

function fromRuns(runs: Runs): ReadonlyMap<number, string> {
  const table = new Map<number, string>();
  for (const [first, letters] of runs) {
    for (const [i, letter] of [...letters].entries()) table.set(first + i, letter);
  }
  return table;
}

/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime/.VnTimeH): each byte of 0xA1–0xFE is one
 * precomposed Vietnamese letter. Capitals with tones were drawn with the separate upper-case
 * font on the same bytes, so they are not in the code page; bytes not listed (0xAF–0xB4, 0xBA,
 * 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0) read as Windows-1252.
 */
export const TCVN3_TO_UNICODE = fromRuns([
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
]);

/** Combining marks, in the order NFC composes them (vowel shape first, then the tone). */
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT_BELOW = '\u0323';

/**
 * VNI-Windows: a plain vowel followed by one mark byte (à = `a` 0xF8, ậ = `a` 0xE4), the
 * lower-case font using 0xE0–0xFC and the upper-case font the same marks 0x20 lower. Each mark
 * byte here is the combining sequence it stands for after a vowel; NFC then composes the letter.
 */
export const VNI_MARKS: ReadonlyMap<number, string> = new Map(
  (
    [
      [0xf9, ACUTE],
      [0xf8, GRAVE],
      [0xfb, HOOK],
      [0xf5, TILDE],
      [0xef, DOT_BELOW],
      [0xe2, CIRCUMFLEX],
      [0xe1, CIRCUMFLEX + ACUTE],
      [0xe0, CIRCUMFLEX + GRAVE],
      [0xe5, CIRCUMFLEX + HOOK],
      [0xe3, CIRCUMFLEX + TILDE],
      [0xe4, CIRCUMFLEX + DOT_BELOW],
      [0xea, BREVE],
      [0xe9, BREVE + ACUTE],
      [0xe8, BREVE + GRAVE],
      [0xfa, BREVE + HOOK],
      [0xfc, BREVE + TILDE],
      [0xeb, BREVE + DOT_BELOW],
    ] as const
  ).flatMap(([lower, mark]) => [
    [lower, mark],
    [lower - 0x20, mark],
  ]),
);

/** VNI-Windows bytes that are a whole letter on their own: ơ ư đ and the i family. */
export const VNI_LETTERS = fromRuns([
  [0xf4, 'ơ'],
  [0xf6, 'ư'],
  [0xf1, 'đ'],
  [0xec, 'ìí'],
  [0xee, 'ị'],
  [0xf2, 'ỉĩ'],
  [0xd4, 'Ơ'],
  [0xd6, 'Ư'],
  [0xd1, 'Đ'],
  [0xcc, 'ÌÍ'],
  [0xce, 'Ị'],
  [0xd2, 'ỈĨ'],
]);
