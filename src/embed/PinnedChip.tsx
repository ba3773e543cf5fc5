import { type Lang, t } from '../core/i18n/messages.ts';
import type { PinnedData } from './pinnedLayers.ts';

const dayText = (date: string, lang: Lang) => {
  const [year, month, day] = date.split('-');
  return lang === 'vi' ? `${day}/${month}/${year}` : date;
};

/** The current map: this embed's address without `pin=`. */
function currentMapHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('pin');
  return url.href;
}

/** Says that the data is pinned and as of when (or that the pin was not found), with a link to the current map. */
export function PinnedChip({ lang, data }: { lang: Lang; data: PinnedData }) {
  if (data.status === 'loading') return null;
  return (
    <p className="embed-pinned" data-testid="pinned" role="status">
      {data.status === 'ready'
        ? `📌 ${t(lang, 'pinnedData')} ${dayText(data.date, lang)}`
        : t(lang, 'pinMissing')}
      {' · '}
      <a href={currentMapHref()} target="_blank" rel="noopener">
        {t(lang, 'currentMap')}
      </a>
    </p>
  );
}
