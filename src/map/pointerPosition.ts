import { Marker } from 'maplibre-gl';
import type { MapController } from './MapController.ts';

/**
 * Calls `onMove` with the pointer's longitude/latitude as it moves over the map, and with null
 * when it leaves. Returns the function that stops watching.
 */
export function watchPointer(
  controller: MapController,
  onMove: (lngLat: [number, number] | null) => void,
): () => void {
  const { map } = controller;
  const move = (event: { lngLat: { lng: number; lat: number } }) =>
    onMove([event.lngLat.lng, event.lngLat.lat]);
  const leave = () => onMove(null);
  map.on('mousemove', move);
  map.getCanvasContainer().addEventListener('mouseleave', leave);
  return () => {
    map.off('mousemove', move);
    map.getCanvasContainer().removeEventListener('mouseleave', leave);
  };
}

/** The map's centre, for the readout before the pointer has moved (keyboard, touch). */
export function mapCenter(controller: MapController): [number, number] {
  const center = controller.map.getCenter();
  return [center.lng, center.lat];
}

const markers = new WeakMap<MapController, Marker>();

/**
 * Flies to a position found by search and marks it with a pin (one pin per map: a new search
 * moves it).
 */
export function flyToPosition(controller: MapController, lngLat: [number, number]): void {
  let marker = markers.get(controller);
  if (!marker) {
    marker = new Marker({ color: '#111827' });
    marker.getElement().dataset.testid = 'search-marker';
    markers.set(controller, marker);
  }
  marker.setLngLat(lngLat).addTo(controller.map);
  controller.map.getContainer().dataset.idle = 'false';
  controller.map.flyTo({
    center: lngLat,
    zoom: Math.max(controller.map.getZoom(), 14),
    duration: 600,
  });
}
