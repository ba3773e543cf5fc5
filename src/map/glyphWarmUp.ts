import type { Map as MapLibreMap } from 'maplibre-gl';
import { FONT_REGULAR } from './fonts.ts';

/**
 * What the map's labels at the default view draw with: the regular stack (the bold one is for
 * overlays drawn later), and from it one letter of each font file every Vietnamese name needs,
 * the Latin file (`a`) and the Vietnamese one (`ạ`, U+1EA1). The Latin Extended file is left
 * alone: Vietnamese takes ă, đ, ơ, ư from the Vietnamese file, declared first.
 */
export const WARM_UP_GLYPHS: Readonly<Record<string, readonly string[]>> = {
  [FONT_REGULAR]: ['a', 'ạ'],
};

/**
 * Has MapLibre load the label fonts (`font-faces`) and make their glyph rasterisers as soon as
 * the style is in, instead of when MapLibre's worker first asks for a label's glyphs: that ask
 * comes only once a tile with labels is parsed, late in a cold start, and the font files were
 * then fetched and decoded on the critical path to the first idle. Glyphs drawn here are kept by
 * MapLibre's glyph manager; a failure only means the fonts load on first use, as before.
 */
export function warmUpGlyphs(map: MapLibreMap): Promise<void> {
  const stacks = Object.fromEntries(
    Object.entries(WARM_UP_GLYPHS).map(([stack, glyphs]) => [stack, { default: [...glyphs] }]),
  );
  return map.style.glyphManager.getGlyphs(stacks).then(
    () => undefined,
    () => undefined,
  );
}
