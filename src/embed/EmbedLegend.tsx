import { useState } from 'react';
import { type Lang, t } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';
import { LegendSwatch } from '../ui/LegendSwatch.tsx';

// Below this frame width the legend starts folded, so a small embed shows the map first.
const FOLDED_BELOW_PX = 480;

/** The shown layers, top-most first: swatch and title. Folds to its heading. */
export function EmbedLegend(props: { lang: Lang; layers: readonly LayerDef[]; folded?: boolean }) {
  const { lang, layers } = props;
  const [initiallyOpen] = useState(() => !props.folded && window.innerWidth >= FOLDED_BELOW_PX);
  if (layers.length === 0) return null;
  return (
    <details className="embed-legend" open={initiallyOpen} data-testid="legend">
      <summary>{t(lang, 'legend')}</summary>
      <ul>
        {layers.map((layer) => (
          <li key={layer.id} data-layer-id={layer.id}>
            <LegendSwatch layer={layer} />
            <span>{layer.title[lang]}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
