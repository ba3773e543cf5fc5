import { type Lang, t } from '../../core/i18n/messages.ts';
import { measureLegendSwatch, type OverlayData } from '../../map/overlayStyle.ts';
import type { ExtraLegendEntry } from './makeFigureFile.ts';

const hasRole = (overlay: GeoJSON.FeatureCollection, role: string) =>
  overlay.features.some((feature) => feature.properties?.role === role);

/**
 * The legend entries of what the measure tool drew on the map (a figure carries the dashed line
 * too, and a reader must be told what it is): the area first when there is one, then the line.
 * A lone clicked point draws no line and gets no entry.
 */
export function measureLegend(lang: Lang, overlay: OverlayData): ExtraLegendEntry[] {
  if (typeof overlay === 'string') return [];
  const entries: ExtraLegendEntry[] = [];
  if (hasRole(overlay, 'measure-area'))
    entries.push({ title: t(lang, 'figureMeasureArea'), swatch: measureLegendSwatch('fill') });
  if (hasRole(overlay, 'measure-line'))
    entries.push({ title: t(lang, 'figureMeasureLine'), swatch: measureLegendSwatch('line') });
  return entries;
}
