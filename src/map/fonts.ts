import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

// Unicode ranges as @fontsource declares them, so each file is fetched only for the characters
// it covers. Vietnamese needs all three: ă/ơ/ư/đ and the stacked tone marks (U+1EA0–1EF9).
const VIETNAMESE = [
  'U+0102-0103',
  'U+0110-0111',
  'U+0128-0129',
  'U+0168-0169',
  'U+01A0-01A1',
  'U+01AF-01B0',
  'U+0300-0301',
  'U+0303-0304',
  'U+0308-0309',
  'U+0323',
  'U+0329',
  'U+1EA0-1EF9',
  'U+20AB',
];
const LATIN_EXT = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+1D00-1DBF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];

/** Font URLs must be absolute in a style; bundled files are resolved against the page. */
function absolute(url: string, baseUrl: string): string {
  return new URL(url, baseUrl).href;
}

/**
 * The style's `font-faces`: bundled Noto Sans files, so Vietnamese labels render with no
 * `glyphs` server and no request leaving the page's origin.
 */
export function bundledFontFaces(baseUrl: string): FontFacesSpecification {
  const faces = (files: [string, string, string]) => [
    { url: absolute(files[0], baseUrl), 'unicode-range': VIETNAMESE },
    { url: absolute(files[1], baseUrl), 'unicode-range': LATIN_EXT },
    { url: absolute(files[2], baseUrl), 'unicode-range': LATIN },
  ];
  return {
    [FONT_REGULAR]: faces([vietnamese400, latinExt400, latin400]),
    [FONT_BOLD]: faces([vietnamese700, latinExt700, latin700]),
  };
}

/** One bundled Noto Sans file and the characters it covers (a CSS `unicode-range`). */
export interface NotoSansFile {
  url: string;
  unicodeRange: string;
}

/** The bundled Noto Sans files of a weight (the map's regular and bold), for a page FontFace. */
export function notoSansFiles(weight: 400 | 700): NotoSansFile[] {
  const urls =
    weight === 400
      ? [vietnamese400, latinExt400, latin400]
      : [vietnamese700, latinExt700, latin700];
  return [VIETNAMESE, LATIN_EXT, LATIN].map((range, i) => ({
    url: urls[i] ?? '',
    unicodeRange: range.join(', '),
  }));
}
