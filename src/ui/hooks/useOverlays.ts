import { useCallback, useState } from 'react';
import type { OverlayData, OverlayId } from '../../map/overlayStyle.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What the map draws over the layers (an analysis result, a measure, a highlight), by id. */
export function useOverlays() {
  const [overlays, setOverlays] = useState<Record<OverlayId, OverlayData>>({
    analysis: EMPTY,
    measure: EMPTY,
    highlight: EMPTY,
  });
  const setOverlay = useCallback(
    (id: OverlayId, data: OverlayData) => setOverlays((previous) => ({ ...previous, [id]: data })),
    [],
  );
  return { overlays, setOverlay };
}
