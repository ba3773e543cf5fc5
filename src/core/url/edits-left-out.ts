import type { LayerChanges } from '../document/diffAgainstBase.ts';
import { tlink } from '../i18n/linkMessages.ts';
import type { Lang } from '../i18n/messages.ts';
import { getLayer } from '../layers/registry.ts';

/** One layer's edits in this browser that a link cannot carry: counts of features. */
export interface LayerEditsLeftOut {
  layerId: string;
  /** A planner's own layer: the link's receiver has no such layer at all. */
  own: boolean;
  added: number;
  changed: number;
  deleted: number;
}

/**
 * What a link leaves out: a link carries the map's state (layers, view, selection), never
 * features, so whoever opens it sees the bundled data. `changes` is `diffAgainstBase` of the
 * document against the bundled data; a layer the registry does not know is the planner's own.
 */
export function editsLeftOut(changes: readonly LayerChanges[]): LayerEditsLeftOut[] {
  return changes.map((layer) => ({
    layerId: layer.layer,
    own: getLayer(layer.layer) === undefined,
    added: layer.added.length,
    changed: layer.modified.length,
    deleted: layer.deleted.length,
  }));
}

const features = (lang: Lang, count: number) =>
  tlink(lang, count === 1 ? 'linkFeatureOne' : 'linkFeatureMany', { count: String(count) });

/**
 * The note shown beside a copied link, as plain text paragraphs: what the receiver will not see,
 * layer by layer, then how to share it. Empty when there is nothing left out.
 */
export function editsLeftOutNote(
  lang: Lang,
  edits: readonly LayerEditsLeftOut[],
  titleOf: (layerId: string) => string,
): string[] {
  if (edits.length === 0) return [];
  const lines = editsLeftOutLines(lang, edits, titleOf);
  return [tlink(lang, 'linkLeavesOut'), ...lines, tlink(lang, 'linkHowToShare')];
}

/** One line per layer: what its edits are (`“Industrial zones”: 1 feature changed`). */
export function editsLeftOutLines(
  lang: Lang,
  edits: readonly LayerEditsLeftOut[],
  titleOf: (layerId: string) => string,
): string[] {
  return edits.map((layer) => {
    const title = titleOf(layer.layerId);
    if (layer.own) {
      return tlink(lang, 'linkOwnLayer', { layer: title, features: features(lang, layer.added) });
    }
    const parts = [
      layer.added > 0 && tlink(lang, 'linkAdded', { features: features(lang, layer.added) }),
      layer.changed > 0 && tlink(lang, 'linkChanged', { features: features(lang, layer.changed) }),
      layer.deleted > 0 && tlink(lang, 'linkDeleted', { features: features(lang, layer.deleted) }),
    ].filter((part): part is string => typeof part === 'string');
    return tlink(lang, 'linkEditedLayer', { layer: title, edits: parts.join(', ') });
  });
}
