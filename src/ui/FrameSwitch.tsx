import { BOUNDARY_FRAMES, type BoundaryFrame } from '../core/basemap/frame.ts';
import { type Lang, type MessageKey, t } from '../core/i18n/messages.ts';

const LABEL: Record<BoundaryFrame, MessageKey> = { '2019': 'frame2019', '2025': 'frame2025' };

/**
 * Switches the map's administrative units between 2019 (what the plan data was drawn with) and
 * those in force since 1 July 2025. Styled as the language switch: two pressed/unpressed buttons.
 */
export function FrameSwitch({
  lang,
  frame,
  onChange,
}: {
  lang: Lang;
  frame: BoundaryFrame;
  onChange: (frame: BoundaryFrame) => void;
}) {
  return (
    <fieldset className="lang-switch frame-switch" data-testid="frame-switch">
      <legend className="visually-hidden">{t(lang, 'frameSwitch')}</legend>
      <span className="frame-switch-label" aria-hidden="true">
        {t(lang, 'frameUnits')}
      </span>
      {BOUNDARY_FRAMES.map((option) => (
        // The year alone on screen, the whole name ("Địa giới 2025") for assistive technology.
        <button
          key={option}
          type="button"
          aria-pressed={option === frame}
          aria-label={t(lang, LABEL[option])}
          onClick={() => onChange(option)}
        >
          {option}
        </button>
      ))}
    </fieldset>
  );
}
