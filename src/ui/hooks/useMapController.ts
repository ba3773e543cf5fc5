import { useCallback, useEffect, useRef, useState } from 'react';
import { MAP_CONTROL_LOCALE } from '../../core/i18n/map-control-locale.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { applyMapLocale } from '../../map/controlLocale.ts';
import type { MapController } from '../../map/MapController.ts';

/**
 * The MapController once MapView has made it: as state (for what renders with it) and through
 * a stable getter (for callbacks that must see the current one, never a stale render's). The
 * map's own controls speak `lang`, and it takes the sheet's size when the page prints.
 */
export function useMapController(lang: Lang) {
  const controllerRef = useRef<MapController | null>(null);
  const [controller, setControllerState] = useState<MapController | null>(null);
  const setController = useCallback((next: MapController | null) => {
    controllerRef.current = next;
    setControllerState(next);
  }, []);
  const getController = useCallback(() => controllerRef.current, []);
  useEffect(() => {
    if (controller) applyMapLocale(controller.map, MAP_CONTROL_LOCALE[lang]);
  }, [controller, lang]);
  // On paper the map fills the sheet, whatever the window's width. The listeners load once the
  // map is made, not with the app: a print in the few ms before they arrive prints the map at
  // the window's size (the map has not drawn its first frame by then either).
  useEffect(() => {
    if (!controller) return undefined;
    let stop: (() => void) | undefined;
    let gone = false;
    void import('../../map/printSize.ts').then(({ followPrintSize }) => {
      if (!gone) stop = followPrintSize(controller.map);
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [controller]);
  return { controller, getController, setController };
}
