import { isFiltering, type LayerFilters } from '../filter/filter-types.ts';
import type { Lang } from '../i18n/messages.ts';
import { getLayer } from '../layers/registry.ts';
import type { LayerDef } from '../layers/types.ts';

/** A planner's own layer shown on the map that an embed cannot show. */
export interface OwnLayerLeftOut {
  id: string;
  title: string;
  /** Whether a filter narrows it (that filter cannot travel either). */
  filtered: boolean;
}

/**
 * The shown layers split for an embed: the registry's, which the embed page loads from the
 * project, and the planner's own, which live in this browser's workspace (IndexedDB) where a
 * reader of the published page cannot reach them: they are named to the planner, not dropped
 * in silence.
 */
export function embedLayers(
  shown: readonly LayerDef[],
  filters: LayerFilters,
  lang: Lang,
): { layerIds: string[]; ownLayers: OwnLayerLeftOut[] } {
  const layerIds: string[] = [];
  const ownLayers: OwnLayerLeftOut[] = [];
  for (const layer of shown) {
    if (getLayer(layer.id)) {
      layerIds.push(layer.id);
      continue;
    }
    ownLayers.push({
      id: layer.id,
      title: layer.title[lang],
      filtered: isFiltering(filters[layer.id]),
    });
  }
  return { layerIds, ownLayers };
}
