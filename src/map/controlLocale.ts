import type { Map as MapLibreMap } from 'maplibre-gl';

type UiStringKey = Parameters<MapLibreMap['_getUIString']>[0];

/**
 * Puts MapLibre's UI strings in the given language: its locale table (read by controls added
 * later) and the tooltips and accessible names already in the page, which MapLibre writes once
 * when a control is added and never re-reads.
 */
export function applyMapLocale(map: MapLibreMap, locale: Readonly<Record<string, string>>): void {
  const container = map.getContainer();
  for (const [key, text] of Object.entries(locale)) {
    const previous = map._getUIString(key as UiStringKey);
    if (previous === text) continue;
    for (const attribute of ['title', 'aria-label']) {
      for (const element of container.querySelectorAll(
        `[${attribute}="${CSS.escape(previous)}"]`,
      )) {
        element.setAttribute(attribute, text);
      }
    }
    map._locale[key] = text;
  }
}
