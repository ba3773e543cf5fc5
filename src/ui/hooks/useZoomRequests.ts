import { useCallback, useState } from 'react';
import { collectionBBox } from '../../core/geometry/bbox.ts';
import type { BBox } from '../../core/region.ts';

/**
 * Requests for the map to fit a layer or a geometry: each a new object (with a serial), so the
 * same place can be asked for twice.
 */
export function useZoomRequests(collections: Readonly<Record<string, GeoJSON.FeatureCollection>>) {
  const [zoomRequest, setZoomRequest] = useState<{ bbox: BBox; serial: number } | null>(null);
  const zoomToCollection = useCallback((collection: GeoJSON.FeatureCollection | undefined) => {
    const bbox = collection && collectionBBox(collection);
    if (bbox) setZoomRequest((previous) => ({ bbox, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const zoomTo = useCallback(
    (layerId: string) => zoomToCollection(collections[layerId]),
    [collections, zoomToCollection],
  );
  const zoomToGeometry = useCallback(
    (geometry: GeoJSON.Geometry) =>
      zoomToCollection({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry }],
      }),
    [zoomToCollection],
  );
  return { zoomRequest, zoomTo, zoomToGeometry };
}
