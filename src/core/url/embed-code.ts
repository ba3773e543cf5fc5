import type { Lang } from '../i18n/messages.ts';

export interface EmbedView {
  /** Registry ids of the layers to show, in any order. */
  layerIds: readonly string[];
  lang: Lang;
  /** The camera as the app's URL keeps it, e.g. `#map=11/21.2/105.7` (may be empty). */
  cameraHash: string;
}

/** The embed page's address for a view, relative to the app's own address. */
export function embedUrl(appUrl: string, view: EmbedView): string {
  const url = new URL('embed.html', appUrl);
  // Layer ids are [a-z0-9-], so the list stays readable rather than percent-encoded.
  url.search = `?layers=${view.layerIds.join(',')}&lang=${view.lang}`;
  url.hash = view.cameraHash.startsWith('#map=') ? view.cameraHash : '';
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The `<iframe>` a planner pastes into a web page or report. */
export function iframeCode(src: string, title: string, widthPx = 900, heightPx = 560): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${widthPx}" height="${heightPx}" style="border:0" loading="lazy"></iframe>`;
}
