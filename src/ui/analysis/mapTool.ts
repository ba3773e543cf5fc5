import type { MapClick } from '../../map/MapController.ts';

/** A tool that takes the map's clicks while it is active (the measure tool). */
export interface MapTool {
  onClick: (click: MapClick) => void;
  onDoubleClick: (click: MapClick) => void;
}
