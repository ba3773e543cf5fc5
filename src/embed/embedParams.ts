import { isLang, type Lang } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';

/** What an embed shows, read once from its URL: `?layers=a,b&lang=en`. */
export interface EmbedParams {
  lang: Lang;
  /** Every registry layer, shown or not. */
  visible: Readonly<Record<string, boolean>>;
}

/**
 * Reads the embed's query string. `layers=` names the layers to show (unknown ids are ignored,
 * silently: a report's old link must not break the page); without it each layer shows as by
 * default. `lang` is `vi` (the default) or `en`.
 */
export function parseEmbedParams(search: string, layers: readonly LayerDef[]): EmbedParams {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  const named = query.get('layers');
  const wanted = named === null ? null : new Set(named.split(',').map((id) => id.trim()));
  const visible = Object.fromEntries(
    layers.map((layer) => [layer.id, wanted ? wanted.has(layer.id) : layer.visibleByDefault]),
  );
  return { lang: isLang(lang) ? lang : 'vi', visible };
}
