import { tf } from '../../core/i18n/finding-messages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { FeaturePick } from '../../map/MapController.ts';

const samePick = (a: FeaturePick, b: FeaturePick | null) =>
  b !== null && a.layerId === b.layerId && a.featureKey === b.featureKey;

/**
 * "Feature 1 of 3 here" with buttons to the features stacked under the click: a road drawn on
 * a zone wins the click, and this is how the zone (and the district under both) is reached.
 */
export function StackCycler({
  lang,
  stack,
  current,
  onPick,
}: {
  lang: Lang;
  stack: readonly FeaturePick[];
  current: FeaturePick | null;
  onPick: (pick: FeaturePick) => void;
}) {
  const index = stack.findIndex((pick) => samePick(pick, current));
  if (stack.length < 2 || index < 0) return null;
  const go = (step: number) =>
    onPick(stack[(index + step + stack.length) % stack.length] as FeaturePick);
  const layerTitle = (pick: FeaturePick | undefined) =>
    pick ? (getLayer(pick.layerId)?.title[lang] ?? pick.layerId) : '';
  return (
    <nav className="stack-cycler" aria-label={tf(lang, 'stackNext')} data-testid="stack-cycler">
      <button
        type="button"
        onClick={() => go(-1)}
        aria-label={`${tf(lang, 'stackPrevious')}: ${layerTitle(stack[(index - 1 + stack.length) % stack.length])}`}
      >
        ‹
      </button>
      <span aria-live="polite" data-testid="stack-position">
        {tf(lang, 'stackPosition')
          .replace('{i}', String(index + 1))
          .replace('{n}', String(stack.length))}
      </span>
      <button
        type="button"
        onClick={() => go(1)}
        aria-label={`${tf(lang, 'stackNext')}: ${layerTitle(stack[(index + 1) % stack.length])}`}
        data-testid="stack-next"
      >
        ›
      </button>
    </nav>
  );
}
