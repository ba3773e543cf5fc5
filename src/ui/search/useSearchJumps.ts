import { useCallback } from 'react';
import { findByKey } from '../../core/document/featureKey.ts';
import type { FeaturePick, MapController } from '../../map/MapController.ts';
import { flyToPosition } from '../../map/pointerPosition.ts';

/** What a search result acts on. */
export interface SearchJumpTargets {
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  zoomToGeometry: (geometry: GeoJSON.Geometry) => void;
  pickOnly: (selection: FeaturePick) => void;
  getController: () => MapController | null;
}

/**
 * Where the search box's results take the map: a feature found is zoomed to and selected, a
 * position found is flown to and pinned.
 */
export function useSearchJumps({
  collections,
  zoomToGeometry,
  pickOnly,
  getController,
}: SearchJumpTargets) {
  const onFeature = useCallback(
    (layerId: string, featureKey: string) => {
      const feature = collections[layerId] && findByKey(collections[layerId], featureKey);
      if (feature?.geometry) zoomToGeometry(feature.geometry);
      pickOnly({ layerId, featureKey });
    },
    [collections, zoomToGeometry, pickOnly],
  );
  const onPosition = useCallback(
    (lngLat: [number, number]) => {
      const controller = getController();
      if (controller) flyToPosition(controller, lngLat);
    },
    [getController],
  );
  return { onFeature, onPosition };
}
