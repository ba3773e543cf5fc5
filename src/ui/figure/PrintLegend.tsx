import type { Swatch } from '../../core/figure/draw-ops.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { LegendSwatch } from '../LegendSwatch.tsx';
import type { ExtraLegendEntry } from './makeFigureFile.ts';

/** An analysis result's swatch, as the figures draw it. */
function ResultSwatch({ swatch }: { swatch: Swatch }) {
  return (
    <svg width={22} height={22} viewBox="0 0 22 22" aria-hidden="true" className="swatch">
      {swatch.shape === 'line' ? (
        <path
          d="M2 16 C 8 4, 14 20, 20 6"
          fill="none"
          stroke={swatch.color}
          strokeWidth={swatch.lineWidthPx}
          strokeDasharray={swatch.dashPx?.join(' ')}
        />
      ) : (
        <rect
          x={3}
          y={4}
          width={16}
          height={14}
          fill={swatch.fillColor}
          fillOpacity={swatch.fillOpacity}
          stroke={swatch.color}
          strokeWidth={swatch.lineWidthPx}
        />
      )}
    </svg>
  );
}

/**
 * The legend of the printed page (Ctrl+P): the shown layers and a drawn analysis result, as on
 * a report figure. Hidden on screen, where the layer panel says the same.
 */
export function PrintLegend(props: {
  lang: Lang;
  layers: readonly LayerDef[];
  extra: readonly ExtraLegendEntry[];
}) {
  return (
    <section className="print-legend" aria-label={t(props.lang, 'legend')}>
      <h2>{t(props.lang, 'legend')}</h2>
      <ul>
        {props.layers.map((layer) => (
          <li key={layer.id}>
            <LegendSwatch layer={layer} />
            {layer.title[props.lang]}
          </li>
        ))}
        {props.extra.map((entry) => (
          <li key={entry.title}>
            <ResultSwatch swatch={entry.swatch} />
            {entry.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
