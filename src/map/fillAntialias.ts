import type { LayerSpecification } from 'maplibre-gl';

/**
 * Turns off MapLibre's antialiased outline pass on every fill that sets no outline colour of its
 * own. That pass draws each polygon's edge again with a shader program of its own, compiled
 * before the first idle (tens to hundreds of ms under SwiftShader: `npm run bench:app`), and
 * redrawn every frame. The fills' edges that show are drawn by line layers, which antialias:
 * the plan's outlines, the province and park lines, the water's outline.
 */
export function withoutFillAntialias(layers: readonly LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    if (layer.type !== 'fill' || (layer.paint && 'fill-outline-color' in layer.paint)) return layer;
    return { ...layer, paint: { ...layer.paint, 'fill-antialias': false } };
  });
}
