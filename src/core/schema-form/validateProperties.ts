import type { Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';
import type { Severity } from '../validate/types.ts';
import { validateObject } from '../validate/validate.ts';

/** A problem with one property of a feature, for its field in the form. */
export interface PropertyProblem {
  property: string;
  severity: Severity;
  code: string;
  message: string;
}

const PROPERTY_PATH = /^features\[0\]\.properties(?:\.(\w+)|\["((?:[^"\\]|\\.)*)"\])/;

/**
 * Checks a feature's properties with the validator's own schema rules (required, type, allowed
 * values, bounds, pattern, markup, unknown names), so the form and `giapranh validate` never
 * disagree. A required property left empty is an error here, yet the feature is still saved:
 * the caller marks it invalid rather than losing it.
 */
export function validateProperties(
  layer: LayerDef,
  properties: Readonly<Record<string, unknown>>,
  lang: Lang = 'en',
): PropertyProblem[] {
  const feature = { type: 'Feature', id: 'form', properties, geometry: null };
  const result = validateObject(
    { type: 'FeatureCollection', features: [feature] },
    { fileName: `${layer.id}.geojson`, layer, lang },
  );
  const problems: PropertyProblem[] = [];
  for (const finding of result.findings) {
    const match = PROPERTY_PATH.exec(finding.path);
    if (!match) continue;
    const property = match[1] ?? (JSON.parse(`"${match[2]}"`) as string);
    const { severity, code, message } = finding;
    problems.push({ property, severity, code, message });
  }
  return problems;
}
