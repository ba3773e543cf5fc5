import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FigureMapView } from '../../core/figure/map-projection.ts';

/**
 * How an off-screen map drew its picture (read once it has drawn): the camera after its fit, the
 * size it projects into (the container's whole CSS pixels, as MapLibre reads them) and the
 * picture's image pixels, so paths drawn over the picture land on its pixels.
 */
export function figureMapView(
  map: MapLibreMap,
  picture: { width: number; height: number },
): FigureMapView {
  const center = map.getCenter();
  const container = map.getContainer();
  return {
    centerLng: center.lng,
    centerLat: center.lat,
    zoom: map.getZoom(),
    bearingDegrees: map.getBearing(),
    widthCssPx: container.clientWidth,
    heightCssPx: container.clientHeight,
    imageWidthPx: picture.width,
    imageHeightPx: picture.height,
  };
}
