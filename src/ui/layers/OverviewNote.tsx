import { propertyText } from '../../core/format/propertyText.ts';
import { tlp } from '../../core/i18n/layerPanelMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { useOverviewCounts } from './useOverviewCounts.ts';

/**
 * Says that at this zoom the map draws only some of a large layer's features (its overview:
 * about one per couple of pixels where they are denser than that) and from which zoom it draws
 * them all. Nothing while every feature is drawn.
 */
export function OverviewNote({ lang, layerId }: { lang: Lang; layerId: string }) {
  const overview = useOverviewCounts();
  const counts = overview?.counts[layerId];
  if (!overview || !counts) return null;
  const text = tlp(lang, 'overviewShown')
    .replace('{shown}', propertyText(counts.shown, lang))
    .replace('{total}', propertyText(counts.total, lang))
    .replace('{zoom}', String(overview.allFromZoom));
  return (
    <p
      className="layer-note"
      data-testid="overview-note"
      data-shown={counts.shown}
      data-total={counts.total}
    >
      {text}
    </p>
  );
}
