import { tl } from '../../core/i18n/layoutMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/**
 * Folds the sidebar away (a drawer on a tablet, a bottom sheet on a phone) or opens it again.
 * Hidden on a wide screen, where the sidebar always shows (layout.css).
 */
export function PanelsToggle(props: {
  lang: Lang;
  open: boolean;
  onChange: (open: boolean) => void;
}) {
  const { lang, open } = props;
  return (
    <button
      type="button"
      className="panels-toggle"
      aria-expanded={open}
      aria-controls="sidebar"
      aria-label={tl(lang, open ? 'hidePanels' : 'showPanels')}
      title={tl(lang, open ? 'hidePanels' : 'showPanels')}
      onClick={() => props.onChange(!open)}
    >
      <span aria-hidden="true">{open ? '▾' : '▴'}</span>
    </button>
  );
}
