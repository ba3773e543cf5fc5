import type { Map as MapLibreMap } from 'maplibre-gl';

/** In a window this narrow (a tablet, a phone: the layout's breakpoint) the credits fold. */
const FOLD_AT_MOST_PX = 1100;

/**
 * In a narrow window the compact attribution, which MapLibre opens at first, spans two or three
 * lines across the map's foot and covers the 2019 notice; fold it to its ⓘ button once the map
 * has loaded. The credits stay one tap away, and MapLibre's own toggle keeps working.
 */
export function foldAttributionOnNarrowMaps(map: MapLibreMap): void {
  map.once('load', () => {
    if (window.innerWidth > FOLD_AT_MOST_PX) return;
    map
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show')
      ?.classList.remove('maplibregl-compact-show');
  });
}
