import { useMemo } from 'react';
import { findByKey } from '../../core/document/featureKey.ts';
import type { DocumentStore } from '../../core/document/store.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { FeaturePick } from '../../map/MapController.ts';

/** Where the selected feature is looked up. */
export interface PickedFeatureSources {
  store: DocumentStore | null;
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  layerDef: (layerId: string) => LayerDef | undefined;
  lang: Lang;
}

/**
 * The selected feature as the inspector and the analysis read it: its layer, the feature as it
 * is now (null once gone), the same feature as bundled if it is one (its stored frame holds
 * while its geometry does), and the selection with a name in `lang` for the analysis panel.
 */
export function usePickedFeature(
  pick: FeaturePick | null,
  { store, collections, layerDef, lang }: PickedFeatureSources,
) {
  const layer = pick ? layerDef(pick.layerId) : undefined;
  const collection = pick ? collections[pick.layerId] : undefined;
  const feature = pick && collection ? (findByKey(collection, pick.featureKey) ?? null) : null;
  const bundled = pick
    ? store?.getBase().layers.get(pick.layerId)?.features.get(pick.featureKey)
    : undefined;
  const selected = useMemo(() => {
    if (!pick || !feature) return null;
    const name = feature.properties?.[lang === 'en' ? 'name_en' : 'name'] ?? pick.featureKey;
    return { ...pick, name: String(name) };
  }, [pick, feature, lang]);
  return { layer, feature, bundled, selected };
}
