import type { LeftOutFeature } from '../../core/checks/usable-features.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';

// Enough to see what is wrong; a wholly broken layer would otherwise fill the panel.
const LISTED = 100;

function reasonText(feature: LeftOutFeature, lang: Lang): string {
  if (feature.reason === 'not-applicable') return t(lang, 'leftOutNotPolygon');
  return feature.problems.map((problem) => problem.message).join('; ');
}

/**
 * The features a check did not count, and why: invalid geometry (its numbers would be wrong)
 * or not what the check takes (a line in an overlap). Open when the list is short.
 */
export function LeftOutList(props: { lang: Lang; leftOut: readonly LeftOutFeature[] }) {
  const { lang, leftOut } = props;
  if (leftOut.length === 0) return null;
  const invalid = leftOut.some((feature) => feature.reason === 'invalid');
  return (
    <details className="left-out" data-testid="results-left-out" open={leftOut.length <= 5}>
      <summary className={invalid ? 'error' : ''}>
        {leftOut.length} {t(lang, 'leftOutCount')}
      </summary>
      {invalid && <p className="hint">{t(lang, 'leftOutInvalidHint')}</p>}
      <ul>
        {leftOut.slice(0, LISTED).map((feature) => (
          <li key={`${feature.layerId} ${feature.key}`} data-reason={feature.reason}>
            <strong>{feature.name}</strong> (
            {getLayer(feature.layerId)?.title[lang] ?? feature.layerId}
            ): {reasonText(feature, lang)}
          </li>
        ))}
      </ul>
      {leftOut.length > LISTED && (
        <p className="hint">
          {t(lang, 'moreFindings')} {leftOut.length - LISTED} {t(lang, 'moreFindingsTail')}
        </p>
      )}
    </details>
  );
}
