import { tfl } from '../../core/i18n/filterMessages.ts';
import { tlp } from '../../core/i18n/layerPanelMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/**
 * On a folded layer row, says that a filter is on and how many conditions it has; a click
 * opens the row's actions, where the filter is edited or cleared.
 */
export function FilterChip(props: {
  lang: Lang;
  layerTitle: string;
  conditions: number;
  panelId: string;
  onOpen: () => void;
}) {
  const { lang } = props;
  return (
    <button
      type="button"
      className="filter-chip"
      aria-controls={props.panelId}
      aria-label={`${tlp(lang, 'layerFilterActive')} (${props.conditions}): ${props.layerTitle}`}
      onClick={props.onOpen}
    >
      {`${tfl(lang, 'filter')} · ${props.conditions}`}
    </button>
  );
}
