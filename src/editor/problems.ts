import { type DocumentState, diffAgainstBase } from '../core/document/index.ts';
import type { Lang } from '../core/i18n/messages.ts';
import { getLayer } from '../core/layers/registry.ts';
import { validateObject } from '../core/validate/validate.ts';

/** One thing wrong with an edited feature, and where on the map to show it. */
export interface Problem {
  layer: string;
  key: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** The offending vertex, or a position of the feature when the problem is not a vertex. */
  position: [number, number] | undefined;
}

const COORDINATES = /^features\[\d+\]\.geometry\.coordinates((?:\[\d+\])*)/;

/** The first position inside a coordinates value (itself, when it is one). */
function firstPosition(value: unknown): [number, number] | undefined {
  let current = value;
  while (Array.isArray(current)) {
    if (typeof current[0] === 'number' && typeof current[1] === 'number') {
      return [current[0], current[1]];
    }
    current = current[0];
  }
  return undefined;
}

/** The position a finding's JSON path points at, or the feature's first position. */
export function positionOf(feature: GeoJSON.Feature, path: string): [number, number] | undefined {
  const geometry = feature.geometry;
  if (!geometry || !('coordinates' in geometry)) return undefined;
  let value: unknown = geometry.coordinates;
  const match = COORDINATES.exec(path);
  for (const index of match?.[1]?.match(/\d+/g) ?? []) {
    if (!Array.isArray(value)) break;
    const next: unknown = value[Number(index)];
    if (next === undefined) break;
    value = next;
  }
  return firstPosition(value);
}

/**
 * Checks every added or modified feature with the same validator as `giapranh validate` (the
 * layer's schema, geometry validity, the region), feature by feature, so each problem names its
 * feature and, where it can, its vertex. Unchanged bundled features were checked in CI.
 */
export function findProblems(doc: DocumentState, base: DocumentState, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  for (const change of diffAgainstBase(doc, base)) {
    const layer = doc.layers.get(change.layer);
    if (!layer) continue;
    const keys = [...change.added, ...change.modified.map((m) => m.key)];
    const features = keys.map((key) => layer.features.get(key)!);
    const result = validateObject(
      { type: 'FeatureCollection', features },
      { fileName: `${change.layer}.geojson`, layer: getLayer(change.layer) ?? null, lang },
    );
    for (const finding of result.findings) {
      const index = finding.featureIndex;
      const key = index === undefined ? undefined : keys[index];
      if (key === undefined) continue;
      problems.push({
        layer: change.layer,
        key,
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        position: positionOf(features[index!]!, finding.path),
      });
    }
  }
  return problems;
}
