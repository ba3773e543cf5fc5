import { type BoundaryFrame, DEFAULT_FRAME } from '../basemap/frame.ts';
import { filterTextToQueryValue as filterQueryValue } from '../filter/filter-url.ts';
import type { Lang } from '../i18n/messages.ts';

export interface EmbedView {
  /** Registry ids of the layers to show, in any order. */
  layerIds: readonly string[];
  lang: Lang;
  /** The camera as the app's URL keeps it, e.g. `#map=11/21.2/105.7` (may be empty). */
  cameraHash: string;
  /** The embed's options; each is left out of the URL when it is the default. */
  options?: EmbedOptions;
}

/** How the embed's legend starts: open, folded to its heading, or not there. */
export type LegendMode = 'shown' | 'folded' | 'hidden';

/** What a planner sets in the "Embed the map" dialog beyond layers, language and camera. */
export interface EmbedOptions {
  legend?: LegendMode;
  /** A title above the map, shown as text. */
  title?: string;
  /** Zoom with a plain scroll wheel (default: only with Ctrl, so the report page scrolls). */
  scrollZoom?: boolean;
  /** `layerId:featureKey` of the feature whose card is open. */
  selection?: string;
  /** A snapshot hash: the embed shows that frozen data (see docs/DECISIONS.md). */
  pin?: string;
  /** The app's filters as its link's `filter=` holds them (`core/filter/filter-url.ts`). */
  filter?: string;
  /** The units drawn under the plan; 2019 (the default) is left out of the address. */
  frame?: BoundaryFrame;
}

/** The embed page's address for a view, relative to the app's own address. */
export function embedUrl(appUrl: string, view: EmbedView): string {
  const url = new URL('embed.html', appUrl);
  // Layer ids are [a-z0-9-], so the list stays readable rather than percent-encoded.
  const options = view.options ?? {};
  const extra = new URLSearchParams();
  if (options.legend && options.legend !== 'shown') extra.set('legend', options.legend);
  if (options.title) extra.set('title', options.title);
  if (options.scrollZoom) extra.set('scroll', '1');
  if (options.selection) extra.set('sel', options.selection);
  if (options.pin) extra.set('pin', options.pin);
  if (options.frame && options.frame !== DEFAULT_FRAME) extra.set('frame', options.frame);
  const rest = extra.toString();
  // The filter keeps its separators readable, as in the app's own link.
  const filter = options.filter ? `&filter=${filterQueryValue(options.filter)}` : '';
  url.search = `?layers=${view.layerIds.join(',')}&lang=${view.lang}${rest ? `&${rest}` : ''}${filter}`;
  url.hash = view.cameraHash.startsWith('#map=') ? view.cameraHash : '';
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The `<iframe>` a planner pastes into a web page or report. */
export function iframeCode(src: string, title: string, widthPx = 900, heightPx = 560): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${widthPx}" height="${heightPx}" style="border:0" loading="lazy"></iframe>`;
}
