import { useCallback, useState } from 'react';
import { collectionBBox } from '../../core/geometry/bbox.ts';
import type { BBox } from '../../core/region.ts';

/**
 * A request for the map to fit a box; `unlessInView` leaves the camera alone when the box is
 * already wholly in view (a result shown for the first time).
 */
export interface ZoomRequest {
  bbox: BBox;
  serial: number;
  unlessInView?: boolean;
}

/**
 * Requests for the map to fit a layer or a geometry: each a new object (with a serial), so the
 * same place can be asked for twice.
 */
export function useZoomRequests(collections: Readonly<Record<string, GeoJSON.FeatureCollection>>) {
  const [zoomRequest, setZoomRequest] = useState<ZoomRequest | null>(null);
  const zoomToCollection = useCallback(
    (collection: GeoJSON.FeatureCollection | undefined, unlessInView?: boolean) => {
      const bbox = collection && collectionBBox(collection);
      if (!bbox) return;
      setZoomRequest((previous) => ({
        bbox,
        serial: (previous?.serial ?? 0) + 1,
        ...(unlessInView && { unlessInView }),
      }));
    },
    [],
  );
  const zoomTo = useCallback(
    (layerId: string) => zoomToCollection(collections[layerId]),
    [collections, zoomToCollection],
  );
  const zoomToGeometry = useCallback(
    (geometry: GeoJSON.Geometry, options?: { unlessInView?: boolean }) =>
      zoomToCollection(
        { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] },
        options?.unlessInView,
      ),
    [zoomToCollection],
  );
  return { zoomRequest, zoomTo, zoomToGeometry };
}
