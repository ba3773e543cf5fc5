import type { Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';
import type { Severity } from '../validate/types.ts';
import { validateObject } from '../validate/validate.ts';
import { type LonLat, vertexAtPath } from './vertexAtPath.ts';

/** A problem with a feature being edited, placed for a marker on the map. */
export interface EditFinding {
  severity: Severity;
  /** The validator's code, e.g. `ring-self-intersection`, `property-missing`, `duplicate-id`. */
  code: string;
  message: string;
  /** JSON path inside the feature, e.g. `geometry.coordinates[0][3]` or `properties.name`. */
  path: string;
  /** The property concerned, for a form field's message. */
  property?: string;
  /** Where to put the marker: the offending vertex, or the feature's first position. */
  position?: LonLat;
}

const FEATURE_PREFIX = /^features\[0\]\.?/;
const PROPERTY_PATH = /^properties(?:\.(\w+)|\["((?:[^"\\]|\\.)*)"\])/;

/**
 * Checks one feature as `giapranh validate` would check it in its layer's file (geometry,
 * coordinates in the region, the layer's schema, markup), plus an id that another feature of
 * the project already uses (`otherIds`: every other feature's id, all layers). Nothing is
 * dropped or fixed: the caller keeps the feature and shows these.
 */
export function validateFeature(
  layer: LayerDef,
  feature: GeoJSON.Feature,
  otherIds: ReadonlySet<string | number>,
  lang: Lang = 'en',
): EditFinding[] {
  const result = validateObject(
    { type: 'FeatureCollection', features: [feature] },
    { fileName: `${layer.id}.geojson`, layer, lang },
  );
  const findings = result.findings.map((finding): EditFinding => {
    const path = finding.path.replace(FEATURE_PREFIX, '');
    const out: EditFinding = {
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      path,
    };
    const property = PROPERTY_PATH.exec(path);
    if (property) out.property = property[1] ?? JSON.parse(`"${property[2]}"`);
    const position = vertexAtPath(feature, path);
    if (position) out.position = position;
    return out;
  });
  if (feature.id !== undefined && otherIds.has(feature.id)) {
    findings.push(duplicateId(feature, lang));
  }
  return findings;
}

function duplicateId(feature: GeoJSON.Feature, lang: Lang): EditFinding {
  const id = JSON.stringify(feature.id);
  const message =
    lang === 'vi'
      ? `mã ${id} đã được dùng cho một đối tượng khác`
      : `the id ${id} is already used by another feature`;
  const finding: EditFinding = { severity: 'error', code: 'duplicate-id', message, path: 'id' };
  const position = vertexAtPath(feature, 'id');
  if (position) finding.position = position;
  return finding;
}
