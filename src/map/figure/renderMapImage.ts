import { Map as MapLibreMap } from 'maplibre-gl';

export interface MapImageOptions {
  /** Figure size in CSS pixels; the image is `pixelRatio` times larger. */
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
}

/**
 * Draws the same style and area as a live map into an off-screen map at a higher pixel ratio
 * (crisp lines and labels for print), and returns its canvas once everything has rendered.
 * The live map is not touched: the planner keeps their view.
 */
export async function renderMapImage(
  source: MapLibreMap,
  options: MapImageOptions,
): Promise<{
  canvas: HTMLCanvasElement;
  zoom: number;
  latitude: number;
  bearing: number;
  dispose: () => void;
}> {
  const container = document.createElement('div');
  // Laid out (MapLibre needs a size) but out of sight and out of the accessibility tree.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${options.widthPx}px`,
    height: `${options.heightPx}px`,
  });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const bounds = source.getBounds();
  const figure = new MapLibreMap({
    container,
    style: source.getStyle(),
    bounds,
    bearing: source.getBearing(),
    pixelRatio: options.pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  figure.fitBounds(bounds, { duration: 0, padding: 0 });
  await new Promise<void>((resolve) => figure.once('idle', () => resolve()));
  return {
    canvas: figure.getCanvas(),
    zoom: figure.getZoom(),
    latitude: figure.getCenter().lat,
    bearing: figure.getBearing(),
    dispose: () => {
      figure.remove();
      container.remove();
    },
  };
}
