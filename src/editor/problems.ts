import { diffAgainstBase } from '../core/document/diffAgainstBase.ts';
import { layerDefOf } from '../core/document/layerDefOf.ts';
import type { DocumentState } from '../core/document/state.ts';
import { validateFeature } from '../core/document/validateFeature.ts';
import type { Lang } from '../core/i18n/messages.ts';

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

/** Every feature id in the document, with how many features use it. */
function idCounts(doc: DocumentState): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const layer of doc.layers.values()) {
    for (const feature of layer.features.values()) {
      if (feature.id !== undefined) counts.set(feature.id, (counts.get(feature.id) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Checks every added or modified feature with the same validator as `giapranh validate`
 * (`validateFeature`: geometry, the region, the layer's schema, an id used elsewhere), each
 * problem with the offending vertex where there is one. Unchanged bundled features were checked
 * in CI.
 */
export function findProblems(doc: DocumentState, base: DocumentState, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const changes = diffAgainstBase(doc, base);
  if (changes.length === 0) return problems;
  const counts = idCounts(doc);
  for (const change of changes) {
    const layer = doc.layers.get(change.layer);
    const def = layerDefOf(doc, change.layer);
    if (!layer || !def) continue;
    for (const key of [...change.added, ...change.modified.map((m) => m.key)]) {
      const feature = layer.features.get(key)!;
      // The ids used elsewhere: this feature's own id counts only if another feature has it too.
      const others = {
        has: (id: string | number) => (counts.get(id) ?? 0) > (id === feature.id ? 1 : 0),
      } as ReadonlySet<string | number>;
      for (const finding of validateFeature(def, feature, others, lang)) {
        problems.push({
          layer: change.layer,
          key,
          severity: finding.severity,
          code: finding.code,
          message: finding.message,
          position: finding.position as [number, number] | undefined,
        });
      }
    }
  }
  return problems;
}
