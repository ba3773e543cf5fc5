import { useMemo, useState } from 'react';
import type { Lang } from '../../core/i18n/messages.ts';
import { analysisLegendSwatch, type OverlayData } from '../../map/overlayStyle.ts';
import type { ExtraLegendEntry } from './makeFigureFile.ts';
import { measureLegend } from './measureLegend.ts';

/** The analysis result drawn on the map, as the legend names it. */
export interface DrawnResult {
  kind: 'nearest' | 'overlap' | 'corridor';
  title: string;
}

/**
 * The legend entries beyond the layers, for the figures' legend and the printed page's: the
 * drawn analysis result (set by the analysis panel) and the measure on the map.
 */
export function useExtraLegend(lang: Lang, measure: OverlayData) {
  const [drawnResult, setDrawnResult] = useState<DrawnResult | null>(null);
  const extraLegend: ExtraLegendEntry[] = useMemo(
    () => [
      ...(drawnResult
        ? [{ title: drawnResult.title, swatch: analysisLegendSwatch(drawnResult.kind) }]
        : []),
      ...measureLegend(lang, measure),
    ],
    [drawnResult, lang, measure],
  );
  return { extraLegend, drawnResult, setDrawnResult };
}
