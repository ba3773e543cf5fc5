import type { SyntheticEvent } from 'react';
import { type Lang, t } from '../core/i18n/messages.ts';

/**
 * The full app at this embed's view: the same layers and language (`?layers=…&lang=…`), and the
 * camera, which MapLibre keeps current in `#map=zoom/lat/lon`.
 */
function fullMapHref(): string {
  return `./index.html${window.location.search}${window.location.hash}`;
}

// The hash follows the camera after the page rendered, so the link reads it when it is used.
const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
  event.currentTarget.setAttribute('href', fullMapHref());
};

/** "Open full map": a new tab, so the report the map is embedded in stays where it was. */
export function FullMapLink({ lang }: { lang: Lang }) {
  return (
    <a
      className="embed-full-map"
      href={fullMapHref()}
      target="_blank"
      rel="noopener"
      onPointerEnter={refresh}
      onPointerDown={refresh}
      onFocus={refresh}
      onClick={refresh}
    >
      ↗ {t(lang, 'openFullMap')}
    </a>
  );
}
