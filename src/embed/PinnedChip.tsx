import { type Lang, t } from '../core/i18n/messages.ts';
import { pinnedChipText } from './pinnedChipText.ts';
import type { PinnedData } from './pinnedLayers.ts';

/** The current map: this embed's address without `pin=`. */
function currentMapHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('pin');
  return url.href;
}

/** A push pin drawn in the text's colour: needs no emoji font, unlike 📌. */
function PinIcon() {
  return (
    <svg
      className="embed-pin-icon"
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M5 1h6v1.5l-1 .8v3.9l2.5 2.3V11H8.75v4L8 16l-.75-1v-4H3.5V9.5L6 7.2V3.3l-1-.8z"
      />
    </svg>
  );
}

/** Says that the data is pinned and as of when (or that the pin was not found), with a link to the current map. */
export function PinnedChip({ lang, data }: { lang: Lang; data: PinnedData }) {
  if (data.status === 'loading') return null;
  const ready = data.status === 'ready';
  return (
    <p className="embed-pinned" data-testid="pinned" role="status">
      {ready && <PinIcon />}
      {pinnedChipText(lang, ready ? data : null)}
      {' · '}
      <a href={currentMapHref()} target="_blank" rel="noopener">
        {t(lang, 'currentMap')}
      </a>
    </p>
  );
}
