import { useCallback, useRef, useState } from 'react';
import type { MapClick } from '../../map/MapController.ts';
import type { MapTool } from './mapTool.ts';

/**
 * The tool that takes the map's clicks while it is up (a measure, an edit), and the click
 * handlers for MapView: a click goes to the tool if one is up, else to `onPick`.
 */
export function useMapTool(onPick: (click: MapClick) => void) {
  const [mapTool, setMapToolState] = useState<MapTool | null>(null);
  // Clicks read the tool from a ref, not from the last render: a click that comes before React
  // has re-rendered the (large) App after a tool went up must still reach the tool.
  const mapToolRef = useRef<MapTool | null>(null);
  const setMapTool = useCallback((tool: MapTool | null) => {
    mapToolRef.current = tool;
    setMapToolState(tool);
  }, []);
  const onMapClick = useCallback(
    (click: MapClick) => {
      const tool = mapToolRef.current;
      if (tool) return tool.onClick(click);
      onPick(click);
    },
    [onPick],
  );
  const onMapDoubleClick = useCallback(
    (click: MapClick) => mapToolRef.current?.onDoubleClick(click),
    [],
  );
  return { mapTool, setMapTool, onMapClick, onMapDoubleClick };
}
