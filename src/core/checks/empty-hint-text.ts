import { formatLength } from '../format/propertyText.ts';
import type { Lang } from '../i18n/messages.ts';
import { tr } from '../i18n/resultsMessages.ts';
import type { EmptyResultHint } from './empty-result-hint.ts';

/** A name in the reader's language: English falls back to Vietnamese, as the table does. */
const nameIn = (names: { vi: string; en: string }, lang: Lang): string =>
  lang === 'en' && names.en ? names.en : names.vi;

/**
 * The sentence under an empty result: "No overlap; nearest pair: A – B, 1.2 km apart", with
 * the corridor widths when the distance was measured between what the corridors surround.
 */
export function emptyHintText(
  hint: EmptyResultHint,
  lang: Lang,
  layerTitle: (layerId: string) => string,
): string {
  if (hint.kind === 'empty-input') {
    const key = hint.leftOut ? 'hintAllLeftOut' : 'hintEmptyInput';
    return tr(lang, key, { layer: layerTitle(hint.layerId) });
  }
  const a = nameIn(hint.a, lang);
  const b = nameIn(hint.b, lang);
  const sentence =
    hint.distanceMeters === 0
      ? tr(lang, 'hintTouching', { a, b })
      : tr(lang, 'hintNearestPair', { a, b, distance: formatLength(hint.distanceMeters, lang) });
  if (hint.corridorMeters.length === 0) return sentence;
  const widths = hint.corridorMeters.map((width) => formatLength(width, lang)).join(' + ');
  return `${sentence} ${tr(lang, 'hintCorridorNote', { widths })}`;
}
