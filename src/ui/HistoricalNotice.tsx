import { type Lang, t } from '../core/i18n/messages.ts';
import { usePersistentState } from './hooks/usePersistentState.ts';
import { isPhoneScreen } from './layout/screen.ts';

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * The map's standing caveat: boundaries and names are as of 2019; what changed on 1 July 2025.
 * Once hidden it stays a small chip on the map (remembered), one click from the full text; on a
 * phone it starts as the chip.
 */
export function HistoricalNotice({ lang }: { lang: Lang }) {
  // On a phone it would cover a third of the map: it starts as the chip there.
  const [open, setOpen] = usePersistentState('notice-open', !isPhoneScreen(), isBoolean);
  return <HistoricalNoticeView lang={lang} open={open} onOpenChange={setOpen} />;
}

export interface HistoricalNoticeViewProps {
  lang: Lang;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The notice or its chip, as the caller decides (the embed starts with the chip, unremembered). */
export function HistoricalNoticeView({ lang, open, onOpenChange }: HistoricalNoticeViewProps) {
  if (!open) {
    return (
      <button type="button" className="notice-chip" onClick={() => onOpenChange(true)}>
        ⓘ {t(lang, 'showNotice')}
      </button>
    );
  }
  return (
    <aside className="notice" aria-labelledby="notice-title" data-testid="notice-2025">
      <h2 id="notice-title">{t(lang, 'noticeTitle')}</h2>
      <p>{t(lang, 'noticeBody')}</p>
      <button type="button" className="link" onClick={() => onOpenChange(false)}>
        {t(lang, 'dismiss')}
      </button>
    </aside>
  );
}
