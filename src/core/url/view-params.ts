import { type BoundaryFrame, DEFAULT_FRAME, isBoundaryFrame } from '../basemap/frame.ts';
import type { LayerFilters } from '../filter/filter-types.ts';
import { parseFilterText } from '../filter/filter-url.ts';
import { isLang, type Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';
import type { LegendMode } from './embed-code.ts';

/** A view as a URL gives it (`?layers=a,b&lang=en`): the embed's whole state, the app's start. */
export interface ViewParams {
  lang: Lang;
  /** Every registry layer, shown or not. */
  visible: Readonly<Record<string, boolean>>;
  /** Which of the two the URL actually named (the app keeps its own choice otherwise). */
  named: { lang: boolean; layers: boolean };
  /** The embed's `pin=`: the snapshot whose data it shows instead of the current data. */
  pin: string | null;
  legend: LegendMode;
  /** A title to show above the embedded map (text, never markup), or ''. */
  title: string;
  scrollZoom: boolean;
  /** `layerId:featureKey` to open the card of, or null. */
  selection: { layerId: string; featureKey: string } | null;
  /** Each layer's filter, from `filter=` as the app's link writes it; empty when none. */
  filters: LayerFilters;
  /** The units drawn under the plan (`frame=2025`), as in the app's link; 2019 by default. */
  frame: BoundaryFrame;
}

const LEGEND_MODES: readonly string[] = ['shown', 'folded', 'hidden'];
// A title is a caption, not a paragraph: longer text from a link is cut.
const MAX_TITLE_CHARS = 120;
// As the app's link: a pasted parameter is capped before it is read.
const MAX_FILTER_CHARS = 2000;

function parseSelection(text: string) {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return null;
  return { layerId: text.slice(0, colon), featureKey: text.slice(colon + 1) };
}

/**
 * Reads the embed's query string. `layers=` names the layers to show (unknown ids are ignored,
 * silently: a report's old link must not break the page); without it each layer shows as by
 * default. `lang` is `vi` (the default) or `en`. `filter=` hides features as the app's does.
 */
export function parseViewParams(search: string, layers: readonly LayerDef[]): ViewParams {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  const named = query.get('layers');
  const wanted = named === null ? null : new Set(named.split(',').map((id) => id.trim()));
  const visible = Object.fromEntries(
    layers.map((layer) => [layer.id, wanted ? wanted.has(layer.id) : layer.visibleByDefault]),
  );
  return {
    lang: isLang(lang) ? lang : 'vi',
    visible,
    named: { lang: isLang(lang), layers: named !== null },
    pin: query.get('pin'),
    legend: LEGEND_MODES.includes(query.get('legend') ?? '')
      ? (query.get('legend') as LegendMode)
      : 'shown',
    title: (query.get('title') ?? '').slice(0, MAX_TITLE_CHARS),
    scrollZoom: query.get('scroll') === '1',
    selection: parseSelection(query.get('sel') ?? ''),
    // What the embed cannot use is dropped silently, like its unknown layers.
    filters: parseFilterText((query.get('filter') ?? '').slice(0, MAX_FILTER_CHARS), layers)
      .filters,
    frame: isBoundaryFrame(query.get('frame'))
      ? (query.get('frame') as BoundaryFrame)
      : DEFAULT_FRAME,
  };
}
