import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The bytes of one Noto Sans font file from `@expo-google-fonts/noto-sans`, by its path there. */
function notoSansFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${path}`)));
}

/** The figure PDF's two faces, as the app loads them: Noto Sans regular and semibold. */
export const FIGURE_FONTS = {
  regular: notoSansFile('400Regular/NotoSans_400Regular.ttf'),
  bold: notoSansFile('600SemiBold/NotoSans_600SemiBold.ttf'),
};

/** A 1 × 1 white PNG: the page size comes from the paper, not from the image's pixels. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
