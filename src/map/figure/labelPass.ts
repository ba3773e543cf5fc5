import type { StyleSpecification } from 'maplibre-gl';

/**
 * What one drawing of the figure map shows: the whole map (`whole`); for a PDF whose plan layers
 * are paths, the map without its labels (under the paths), then its labels alone on a
 * transparent ground (over them).
 */
export type FigurePass = 'whole' | 'without-labels' | 'labels-only';

/** One paint property set to 0 for a pass. */
export interface PaintChange {
  layerId: string;
  property: string;
}

/**
 * The opacities that make a layer of each type draw nothing: MapLibre skips drawing such a
 * layer, and an opacity is paint, so it re-lays out no tile and moves no label. Hiding layers
 * with `visibility` instead would reload their sources (for 10,000 zones, tasks of 200–400 ms on
 * the page as the tiles came back) and take symbol layers out of placement.
 */
const OPACITIES: Readonly<Record<string, readonly string[]>> = {
  background: ['background-opacity'],
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  raster: ['raster-opacity'],
  'fill-extrusion': ['fill-extrusion-opacity'],
  heatmap: ['heatmap-opacity'],
  'color-relief': ['color-relief-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

/**
 * The paint changes that turn the figure's style into one pass: the shapes of the plan layers
 * drawn as paths (`shapeLayerIds`, see planShapeLayerIds) made transparent in `whole` and
 * `without-labels`, every symbol layer too in `without-labels`, and in `labels-only` every layer
 * but the symbol layers, the background too. Symbol layers keep taking part in placement, so the
 * labels drawn alone are the ones MapLibre placed for the whole map, where it placed them. As
 * paint, not a style of its own, the kept figure map is lent with the live map's style whatever
 * the pass: going from a PNG to a PDF re-styles and reloads nothing. Hidden layers are left alone.
 */
export function passPaintChanges(
  style: StyleSpecification,
  pass: FigurePass,
  shapeLayerIds: readonly string[] = [],
): PaintChange[] {
  const shapes = new Set(shapeLayerIds);
  const changes: PaintChange[] = [];
  for (const layer of style.layers) {
    if (layer.layout?.visibility === 'none') continue;
    const isLabel = layer.type === 'symbol';
    const hidden =
      pass === 'labels-only' ? !isLabel : shapes.has(layer.id) || (isLabel && pass !== 'whole');
    if (!hidden) continue;
    for (const property of OPACITIES[layer.type] ?? [])
      changes.push({ layerId: layer.id, property });
  }
  return changes;
}

/** The map's paint getter and setter, by any property name (a MapLibreMap is one). */
interface PaintTarget {
  getPaintProperty(layerId: string, property: string): unknown;
  setPaintProperty(layerId: string, property: string, value: unknown): unknown;
}

/**
 * Sets each change's property to 0 on the map and returns what puts every one back as it was,
 * so a kept figure map leaves the pass with the style it was lent with.
 */
export function applyPaintChanges(map: PaintTarget, changes: readonly PaintChange[]): () => void {
  const before = changes.map(({ layerId, property }) => map.getPaintProperty(layerId, property));
  for (const { layerId, property } of changes) map.setPaintProperty(layerId, property, 0);
  return () => {
    for (const [index, { layerId, property }] of changes.entries())
      map.setPaintProperty(layerId, property, before[index]);
  };
}
