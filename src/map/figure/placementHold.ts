import type { Map as MapLibreMap } from 'maplibre-gl';

/** The one MapLibre internal this reaches: the style's symbol placement, run every frame. */
interface PlacingStyle {
  _updatePlacement?: unknown;
}

/**
 * Keeps the symbol placement of the map's last frame for the frames drawn until the returned
 * function is called, which lets MapLibre place again. The figure map has no fade
 * (`fadeDuration: 0`), so MapLibre places every label of the view afresh in every frame: a figure
 * drawn in 35 tiles placed 10,000 zone labels 35 times, 80–140 ms of each tile's frame under
 * load. Between the tiles of one picture nothing that placement reads changes (the camera, the
 * data, the layout: the tiles differ only by the scissor), so the labels drawn are the same ones
 * in the same places, at a fraction of the frame's time.
 *
 * MapLibre has no public switch for this: the hold shadows `Style._updatePlacement` (6.x) on the
 * map's style with one that keeps the last placement and asks for no further frame. A MapLibre
 * without it is left alone (and places every frame, as before).
 */
export function holdPlacement(map: MapLibreMap): () => void {
  const style = (map as unknown as { style?: PlacingStyle }).style;
  if (!style || typeof style._updatePlacement !== 'function') return () => {};
  const own = Object.hasOwn(style, '_updatePlacement');
  const before = style._updatePlacement;
  style._updatePlacement = () => false;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (own) style._updatePlacement = before;
    else delete style._updatePlacement;
  };
}
