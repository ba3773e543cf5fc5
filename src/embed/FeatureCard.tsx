import { valueInLanguage } from '../core/format/bilingualProperties.ts';
import { accuracyText, featureName } from '../core/format/featureText.ts';
import { propertyText } from '../core/format/propertyText.ts';
import { type Lang, t } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';

export interface FeatureCardProps {
  lang: Lang;
  layer: LayerDef;
  feature: GeoJSON.Feature;
  onClose: () => void;
}

/** The clicked feature, read-only: name, layer, source and accuracy, all as plain text. */
export function FeatureCard({ lang, layer, feature, onClose }: FeatureCardProps) {
  const props = feature.properties ?? {};
  return (
    <section className="embed-card" aria-labelledby="feature-card-title" data-testid="feature-card">
      <header>
        <h2 id="feature-card-title">{featureName(props, lang)}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t(lang, 'layer')}</dt>
        <dd>{layer.title[lang]}</dd>
        <dt>{t(lang, 'source')}</dt>
        <dd>{propertyText(valueInLanguage(props, 'source', lang), lang)}</dd>
        <dt>{t(lang, 'accuracy')}</dt>
        <dd>{accuracyText(props, lang)}</dd>
      </dl>
    </section>
  );
}
