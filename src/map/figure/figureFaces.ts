import { notoSansFiles } from '../fonts.ts';

/**
 * The family a PNG figure's text is drawn in: the map's own Noto Sans files, regular and bold.
 * A family of its own because the page's "Noto Sans" (ui/base.css) has no bold face: the
 * figure's title was drawn in a bold the browser made up by smearing the regular one.
 */
export const FIGURE_FAMILY = 'Giap Ranh Figure Noto Sans';

let added = false;

/**
 * Adds the figure's faces to the page's fonts, once. They are fetched when text is measured
 * or drawn in them (`document.fonts.load`), only the files whose characters the text uses.
 */
export function addFigureFaces(): void {
  if (added) return;
  added = true;
  for (const weight of [400, 700] as const) {
    for (const file of notoSansFiles(weight)) {
      const descriptors = { weight: String(weight), unicodeRange: file.unicodeRange };
      document.fonts.add(new FontFace(FIGURE_FAMILY, `url("${file.url}")`, descriptors));
    }
  }
}
