import { useEffect } from 'react';
import { findByKey } from '../../core/document/featureKey.ts';
import type { FeaturePick } from '../../map/MapController.ts';

type Collections = Readonly<Record<string, GeoJSON.FeatureCollection>>;

/**
 * Lets go of a selected feature that a filter now hides: the inspector never speaks of what the
 * map does not show (and the link stops naming it).
 */
export function useLetGoHiddenPick(
  pick: FeaturePick | null,
  setPick: (pick: FeaturePick | null) => void,
  collections: Collections,
  shownCollections: Collections,
) {
  useEffect(() => {
    if (!pick) return;
    const shown = shownCollections[pick.layerId];
    if (shown && shown !== collections[pick.layerId] && !findByKey(shown, pick.featureKey))
      setPick(null);
  }, [pick, setPick, shownCollections, collections]);
}
