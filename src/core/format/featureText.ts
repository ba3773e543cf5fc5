import { type Lang, t } from '../i18n/messages.ts';
import { ACCURACY_VALUES, type Accuracy } from '../layers/schema.ts';
import { formatLength, propertyText } from './propertyText.ts';

type Properties = GeoJSON.GeoJsonProperties;

/** A feature's name in the reader's language (English falls back to the Vietnamese name). */
export function featureName(properties: Properties, lang: Lang): string {
  const props = properties ?? {};
  return propertyText(lang === 'en' ? (props.name_en ?? props.name) : props.name, lang);
}

/** How accurate the geometry is, in words: "surveyed (error about 50 m)". */
export function accuracyText(properties: Properties, lang: Lang): string {
  const props = properties ?? {};
  const label = isAccuracy(props.accuracy)
    ? t(lang, `accuracy_${props.accuracy}`)
    : propertyText(props.accuracy, lang);
  if (typeof props.accuracy_m !== 'number') return label;
  return `${label} (${t(lang, 'accuracyWithin')} ${formatLength(props.accuracy_m, lang)})`;
}

function isAccuracy(value: unknown): value is Accuracy {
  return (ACCURACY_VALUES as readonly unknown[]).includes(value);
}
