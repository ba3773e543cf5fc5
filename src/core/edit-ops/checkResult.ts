import type { MultiPolygon, Polygon } from 'geojson';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import type { LayerDef } from '../layers/types.ts';
import { validateObject } from '../validate/validate.ts';
import { type EditOpRefusal, refuse } from './result.ts';

/**
 * Checks a result geometry with the project's validator (the rules of `giapranh validate`):
 * the layer must accept its type and it must be a valid polygon. Returns why not, naming the
 * validator's finding, or null when it is fine. Only geometry errors refuse: a property the
 * feature already lacked is the form's business, not the operation's.
 */
export function checkResultGeometry(
  layer: LayerDef,
  geometry: Polygon | MultiPolygon,
): EditOpRefusal | null {
  if (!layer.geometryTypes.includes(geometry.type)) {
    return refuse('geometry-type', {
      vi: `${M.refusedGeometryType.vi} (${geometry.type}).`,
      en: `${M.refusedGeometryType.en} (${geometry.type}).`,
    });
  }
  const vi = geometryError(layer, geometry, 'vi');
  if (!vi) return null;
  const en = geometryError(layer, geometry, 'en') ?? vi;
  return refuse('invalid', {
    vi: `${M.refusedInvalid.vi}: ${vi}.`,
    en: `${M.refusedInvalid.en}: ${en}.`,
  });
}

function geometryError(
  layer: LayerDef,
  geometry: Polygon | MultiPolygon,
  lang: 'vi' | 'en',
): string | undefined {
  const result = validateObject(
    { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] },
    { fileName: `${layer.id}.geojson`, layer: null, lang },
  );
  const finding = result.findings.find(
    (f) => f.severity === 'error' && f.path.startsWith('features[0].geometry'),
  );
  return finding?.message;
}
