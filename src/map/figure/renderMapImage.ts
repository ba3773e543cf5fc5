import { Map as MapLibreMap } from 'maplibre-gl';
import { offscreenMapSize } from '../../core/figure/offscreen-map-size.ts';
import { webMercatorMetersPerPixel } from '../../core/figure/scale-bar.ts';

export interface MapImageOptions {
  /** The map's frame on the figure, in layout pixels (1/100 inch). */
  widthPx: number;
  heightPx: number;
  /** Image pixels per layout pixel: the picture is `widthPx × pixelRatio` pixels wide. */
  pixelRatio: number;
}

/** The map's picture and what the figure needs to know about it. */
export interface MapImage {
  canvas: HTMLCanvasElement;
  /** Ground metres per layout pixel of the frame, for the scale bar. */
  metersPerLayoutPx: number;
  bearing: number;
  dispose: () => void;
}

// MapLibre's default cap (4096) would quietly lower the pixel ratio of an A3 figure at 300 dpi
// (4961 pixels wide) and blur it; every WebGL we meet, SwiftShader included, takes 8192.
const MAX_CANVAS_PX = 8192;

/**
 * Draws the same style and area as a live map into an off-screen map of the figure's pixels
 * (crisp lines and labels for print), and returns its canvas once everything has rendered.
 * The live map is not touched: the planner keeps their view.
 */
export async function renderMapImage(
  source: MapLibreMap,
  options: MapImageOptions,
): Promise<MapImage> {
  const view = source.getContainer();
  const size = offscreenMapSize(options, {
    widthPx: view.clientWidth || options.widthPx,
    heightPx: view.clientHeight || options.heightPx,
  });
  const container = document.createElement('div');
  // Laid out (MapLibre needs a size) but out of sight and out of the accessibility tree.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${size.widthPx}px`,
    height: `${size.heightPx}px`,
  });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const bounds = source.getBounds();
  const figure = new MapLibreMap({
    container,
    style: source.getStyle(),
    bounds,
    bearing: source.getBearing(),
    pixelRatio: options.pixelRatio / size.scale,
    maxCanvasSize: [MAX_CANVAS_PX, MAX_CANVAS_PX],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  figure.fitBounds(bounds, { duration: 0, padding: 0 });
  await new Promise<void>((resolve) => figure.once('idle', () => resolve()));
  const metersPerCssPx = webMercatorMetersPerPixel(figure.getZoom(), figure.getCenter().lat);
  return {
    canvas: figure.getCanvas(),
    metersPerLayoutPx: metersPerCssPx * size.scale,
    bearing: figure.getBearing(),
    dispose: () => {
      figure.remove();
      container.remove();
    },
  };
}
