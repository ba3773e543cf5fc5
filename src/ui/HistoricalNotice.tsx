import type { BoundaryFrame } from '../core/basemap/frame.ts';
import { type Lang, t } from '../core/i18n/messages.ts';
import { usePersistentState } from './hooks/usePersistentState.ts';
import { isPhoneScreen } from './layout/screen.ts';

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * The map's standing caveat: in the 2019 frame, boundaries and names are as of 2019 and what
 * changed on 1 July 2025; in the 2025 frame, which units the basemap draws and that the plan
 * data still carries the 2019 names. Once hidden it stays a small chip on the map (remembered),
 * one click from the full text; on a phone it starts as the chip.
 */
export function HistoricalNotice({ lang, frame = '2019' }: { lang: Lang; frame?: BoundaryFrame }) {
  // On a phone it would cover a third of the map: it starts as the chip there.
  const [open, setOpen] = usePersistentState('notice-open', !isPhoneScreen(), isBoolean);
  return <HistoricalNoticeView lang={lang} frame={frame} open={open} onOpenChange={setOpen} />;
}

export interface HistoricalNoticeViewProps {
  lang: Lang;
  /** The units the map draws (the notice speaks of them); 2019 by default. */
  frame?: BoundaryFrame;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The notice or its chip, as the caller decides (the embed starts with the chip, unremembered). */
export function HistoricalNoticeView({
  lang,
  frame = '2019',
  open,
  onOpenChange,
}: HistoricalNoticeViewProps) {
  const in2025 = frame === '2025';
  if (!open) {
    return (
      <button type="button" className="notice-chip" onClick={() => onOpenChange(true)}>
        ⓘ {t(lang, in2025 ? 'showNotice2025' : 'showNotice')}
      </button>
    );
  }
  return (
    <aside className="notice" aria-labelledby="notice-title" data-testid="notice-2025">
      <h2 id="notice-title">{t(lang, in2025 ? 'noticeTitle2025' : 'noticeTitle')}</h2>
      <p>{t(lang, in2025 ? 'noticeBody2025' : 'noticeBody')}</p>
      <button type="button" className="link" onClick={() => onOpenChange(false)}>
        {t(lang, 'dismiss')}
      </button>
    </aside>
  );
}
