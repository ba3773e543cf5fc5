import type { LayerDef } from '../layers/types.ts';
import type { Finding } from '../validate/types.ts';
import { validateObject, validateText } from '../validate/validate.ts';

/** What became of a file a planner imported into a layer. */
export interface ImportOutcome {
  fileName: string;
  layerId: string;
  /** True when the features were added; false leaves the layer exactly as it was. */
  accepted: boolean;
  /** The features to add (only when accepted). */
  features: GeoJSON.Feature[];
  /** How many features the file holds (added, when accepted). */
  featureCount: number;
  /** Problems that block the import: broken JSON or GeoJSON, bad geometry, duplicate ids. */
  errors: Finding[];
  /** Problems worth fixing that do not block it: winding, missing layer properties, markup. */
  warnings: Finding[];
  /** Findings counted but not listed. */
  omittedCount: number;
}

// An import lists this many findings; the count of the rest is given.
const LISTED_FINDINGS = 50;

/**
 * Checks a GeoJSON text for import into a layer. Structure, geometry, coordinates (swapped,
 * projected) and ids are checked strictly: any error rejects the whole file, so a bad file
 * never half-lands. The layer's property schema is checked too, but its findings are
 * warnings: a planner's own file rarely carries `name_en` or `accuracy_m`, and the inspector
 * shows what is missing rather than the import refusing useful geometry.
 */
export function importFeatures(
  text: string,
  fileName: string,
  layer: LayerDef,
  existingIds: ReadonlySet<string>,
): ImportOutcome {
  const structural = validateText(text, { fileName, layer: null, maxFindings: LISTED_FINDINGS });
  const base = {
    fileName,
    layerId: layer.id,
    omittedCount: structural.omittedCount,
    featureCount: structural.featureCount,
  };
  const structuralWarnings = structural.findings.filter((f) => f.severity === 'warning');
  if (!structural.ok) {
    const errors = structural.findings.filter((f) => f.severity === 'error');
    return { ...base, accepted: false, features: [], errors, warnings: structuralWarnings };
  }
  const features = featuresOf(JSON.parse(stripBom(text)) as GeoJSON.GeoJSON);
  const clashes = idClashes(features, existingIds, fileName);
  if (clashes.length > 0) {
    return {
      ...base,
      accepted: false,
      features: [],
      errors: clashes,
      warnings: structuralWarnings,
    };
  }
  const schema = validateObject(
    { type: 'FeatureCollection', features },
    { fileName, layer, maxFindings: LISTED_FINDINGS },
  );
  const schemaWarnings = schema.findings
    .filter((f) => !structural.findings.some((s) => s.path === f.path && s.code === f.code))
    .map((f) => ({ ...f, severity: 'warning' as const }));
  return {
    ...base,
    accepted: true,
    features,
    errors: [],
    warnings: [...structuralWarnings, ...schemaWarnings].slice(0, LISTED_FINDINGS),
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function featuresOf(document: GeoJSON.GeoJSON): GeoJSON.Feature[] {
  if (document.type === 'FeatureCollection') return document.features;
  if (document.type === 'Feature') return [document];
  return [{ type: 'Feature', properties: {}, geometry: document }];
}

function idClashes(
  features: readonly GeoJSON.Feature[],
  existingIds: ReadonlySet<string>,
  fileName: string,
): Finding[] {
  const clashes: Finding[] = [];
  features.forEach((feature, index) => {
    if (feature.id === undefined || !existingIds.has(String(feature.id))) return;
    clashes.push({
      severity: 'error',
      code: 'duplicate-id',
      file: fileName,
      path: `features[${index}].id`,
      featureIndex: index,
      featureId: feature.id,
      message: `id "${feature.id}" is already used by a feature on the map; give the imported feature another id`,
    });
  });
  return clashes;
}
