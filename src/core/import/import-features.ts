import { readInWgs84 } from '../crs/read-in-wgs84.ts';
import type { CrsCode } from '../crs/vn2000.ts';
import type { Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';
import { renderMessage } from '../validate/messages.ts';
import type { Finding } from '../validate/types.ts';
import { validateAndParse, validateObject } from '../validate/validate.ts';
import { coerceTextValues } from './coerce-text-values.ts';
import { type IdCollisionPlan, type IdCollisionPolicy, planIdCollisions } from './id-collisions.ts';
import { KEPT_FINDINGS } from './kept-findings.ts';

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
  /**
   * Every finding by its code, listed or not ("ring-not-closed": 100000), where the checks
   * counted them: the report says how many more of each kind there are.
   */
  findingCounts?: Record<string, number>;
  /** The coordinate system the file was read in (converted to WGS84 when it is not). */
  sourceCrs: CrsCode;
  /**
   * When a WGS84 reading failed on projected metres: the system to try instead (VN-2000 /
   * TM-3 105°, the local system of Hà Nội and Vĩnh Phúc).
   */
  suggestedCrs?: CrsCode;
  /**
   * How many of the file's ids are already on the map: when the file was refused for them
   * alone, the report offers to replace those features or import copies.
   */
  idClashCount?: number;
  /**
   * How many of those belong to read-only layers (the 2019 boundaries): an import may not
   * replace them, so the report offers copies only.
   */
  readOnlyClashCount?: number;
  /** Accepted with `replace`: how many features replaced those with the same id. */
  replacedCount?: number;
  /** Accepted with `copy`: how many clashing features were given new ids. */
  copiedCount?: number;
  /** Properties whose text was read as the number or boolean the layer asks for. */
  convertedFields?: string[];
}

export interface ImportOptions {
  /** Read the file in this system; by default its `crs` member, else WGS84. */
  sourceCrs?: CrsCode;
  /** The language of the findings' messages (default English). */
  lang?: Lang;
  /** What to do with features whose id is already on the map (default: refuse the file). */
  idCollision?: IdCollisionPolicy;
  /** The ids among `existingIds` held by read-only layers: never replaced by an import. */
  readOnlyIds?: ReadonlySet<string>;
}

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
  options: ImportOptions = {},
): ImportOutcome {
  const lang = options.lang ?? 'en';
  const listed = { fileName, maxFindings: KEPT_FINDINGS, lang, countByCode: true };
  const { result: asWritten, document: parsed } = validateAndParse(text, {
    ...listed,
    layer: null,
  });
  if (parsed === undefined) {
    return counted(
      rejected(fileName, layer, 'EPSG:4326', asWritten.findings, asWritten.omittedCount),
      asWritten.countsByCode,
    );
  }
  const { document, sourceCrs } = readInWgs84(parsed, options.sourceCrs);
  // Read as WGS84, the text's own findings hold, with line, column and numbers as written.
  const structural =
    sourceCrs === 'EPSG:4326' ? asWritten : validateObject(document, { ...listed, layer: null });
  if (!structural.ok) {
    const outcome = counted(
      rejected(fileName, layer, sourceCrs, structural.findings, structural.omittedCount),
      structural.countsByCode,
    );
    const projected = structural.findings.some((f) => f.code === 'coordinates-projected');
    return projected && sourceCrs === 'EPSG:4326'
      ? { ...outcome, suggestedCrs: 'EPSG:5897' }
      : outcome;
  }
  const structuralWarnings = structural.findings.filter((f) => f.severity === 'warning');
  const policy = options.idCollision ?? 'refuse';
  const plan = planIdCollisions(featuresOf(document as GeoJSON.GeoJSON), existingIds, policy);
  const refusal = idRefusal(plan, policy, options.readOnlyIds, fileName, lang);
  if (refusal) {
    const findings = [...refusal.errors, ...structuralWarnings];
    const { errors: _, ...counts } = refusal;
    return counted(
      { ...rejected(fileName, layer, sourceCrs, findings, 0), ...counts },
      { ...structural.countsByCode, 'duplicate-id': refusal.errors.length },
    );
  }
  const clashCounts =
    policy === 'replace'
      ? { replacedCount: plan.replacedCount }
      : policy === 'copy'
        ? { copiedCount: plan.clashing.length }
        : {};
  // Every format's text values read as the layer's numbers and booleans, GeoJSON's too: a "0,5"
  // typed into a spreadsheet before the export is the same 0.5 whatever carried it.
  const { features, convertedFields } = coerceTextValues(plan.features, layer);
  const schema = validateObject({ type: 'FeatureCollection', features }, { ...listed, layer });
  const schemaWarnings = schema.findings
    .filter((f) => !structural.findings.some((s) => s.path === f.path && s.code === f.code))
    .map((f) => ({ ...f, severity: 'warning' as const }));
  return {
    fileName,
    layerId: layer.id,
    accepted: true,
    features,
    featureCount: features.length,
    errors: [],
    warnings: [...structuralWarnings, ...schemaWarnings].slice(0, KEPT_FINDINGS),
    omittedCount: structural.omittedCount,
    findingCounts: largestCounts(structural.countsByCode, schema.countsByCode),
    sourceCrs,
    ...(plan.clashing.length > 0 && clashCounts),
    ...(convertedFields.length > 0 && { convertedFields }),
  };
}

/**
 * The findings refusing a file for ids already on the map: every clash by default, and under
 * `replace` those held by read-only layers (never replaced: the report offers copies), with the
 * counts the report's id choice reads. None when the policy lets the file land.
 */
function idRefusal(
  plan: IdCollisionPlan,
  policy: IdCollisionPolicy,
  readOnlyIds: ReadonlySet<string> | undefined,
  fileName: string,
  lang: Lang,
): { errors: Finding[]; idClashCount: number; readOnlyClashCount?: number } | undefined {
  const readOnly = new Set(
    plan.clashing.filter((index) => readOnlyIds?.has(String(plan.features[index]!.id))),
  );
  const refused = policy === 'refuse' ? plan.clashing : policy === 'replace' ? [...readOnly] : [];
  if (refused.length === 0) return undefined;
  const errors = idClashes(plan.features, refused, fileName, lang, (index) =>
    readOnly.has(index) ? 'id-on-read-only-layer' : 'id-on-map',
  );
  return {
    errors,
    idClashCount: plan.clashing.length,
    ...(readOnly.size > 0 && { readOnlyClashCount: readOnly.size }),
  };
}

/** An outcome with its findings counted by code (the checks' own counts, if they kept them). */
function counted(
  outcome: ImportOutcome,
  counts: Readonly<Record<string, number>> | undefined,
): ImportOutcome {
  return counts ? { ...outcome, findingCounts: { ...counts } } : outcome;
}

/**
 * Counts of two runs of the checks over the same features, the larger for each code: the run
 * with the layer's schema repeats the structural checks (the same counts) and adds its own, and
 * the text's run alone sees what only text shows (repeated member names).
 */
function largestCounts(
  ...runs: (Readonly<Record<string, number>> | undefined)[]
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const run of runs) {
    for (const [code, count] of Object.entries(run ?? {}))
      counts[code] = Math.max(counts[code] ?? 0, count);
  }
  return counts;
}

/** An outcome that adds nothing, with the findings that block it. */
export function rejected(
  fileName: string,
  layer: LayerDef,
  sourceCrs: CrsCode,
  findings: readonly Finding[],
  omittedCount: number,
): ImportOutcome {
  return {
    fileName,
    layerId: layer.id,
    accepted: false,
    features: [],
    featureCount: 0,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
    omittedCount,
    sourceCrs,
  };
}

function featuresOf(document: GeoJSON.GeoJSON): GeoJSON.Feature[] {
  if (document.type === 'FeatureCollection') return document.features;
  if (document.type === 'Feature') return [document];
  return [{ type: 'Feature', properties: {}, geometry: document }];
}

function idClashes(
  features: readonly GeoJSON.Feature[],
  clashing: readonly number[],
  fileName: string,
  lang: Lang,
  messageOf: (index: number) => 'id-on-map' | 'id-on-read-only-layer',
): Finding[] {
  return clashing.map((index) => {
    const feature = features[index]!;
    return {
      severity: 'error',
      code: 'duplicate-id',
      file: fileName,
      path: `features[${index}].id`,
      featureIndex: index,
      featureId: feature.id,
      message: renderMessage(messageOf(index), { id: JSON.stringify(feature.id) }, lang),
    };
  });
}
