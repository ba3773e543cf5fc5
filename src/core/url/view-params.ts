import { isLang, type Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';

/** A view as a URL gives it (`?layers=a,b&lang=en`): the embed's whole state, the app's start. */
export interface ViewParams {
  lang: Lang;
  /** Every registry layer, shown or not. */
  visible: Readonly<Record<string, boolean>>;
  /** Which of the two the URL actually named (the app keeps its own choice otherwise). */
  named: { lang: boolean; layers: boolean };
  /** The embed's `pin=`: the snapshot whose data it shows instead of the current data. */
  pin: string | null;
}

/**
 * Reads the embed's query string. `layers=` names the layers to show (unknown ids are ignored,
 * silently: a report's old link must not break the page); without it each layer shows as by
 * default. `lang` is `vi` (the default) or `en`.
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
  };
}
