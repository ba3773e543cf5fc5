import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/** A paint property's name, as MapLibre's `setPaintProperty` takes it. */
export type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

/** Paint values to give back to layers in one frame: each layer's own values, by property. */
export type RevealStage = { layerId: string; paint: [PaintName, unknown][] }[];

/** A style whose layers draw nothing yet, and the frames that give each its paint back. */
export interface ProgramWarmUp {
  style: StyleSpecification;
  stages: RevealStage[];
}

/**
 * The opacities that, at 0, make MapLibre skip a layer's drawing (and so its shader program).
 * A circle needs both: its stroke is drawn on its own.
 */
const OPACITIES: Partial<Record<LayerSpecification['type'], readonly PaintName[]>> = {
  background: ['background-opacity'],
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  raster: ['raster-opacity'],
};

/**
 * The shader programs a layer needs, as far as its style tells: its type and the paint and
 * layout properties that pick another program (dashes, patterns, text or icons).
 */
function programKind(layer: LayerSpecification): string {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
  const picks = ['line-dasharray', 'line-pattern', 'line-gradient', 'fill-pattern']
    .filter((name) => paint[name] !== undefined)
    .concat(['text-field', 'icon-image'].filter((name) => layout[name] !== undefined));
  return [layer.type, ...picks].join(' ');
}

/**
 * Only a constant (or no value) is set to 0 and back: swapping a value read from the features
 * for a constant would make MapLibre lay the layer's tiles out again.
 */
const isConstant = (value: unknown) => value === undefined || typeof value === 'number';

/**
 * Plans how a new off-screen map links its shader programs a few at a time. MapLibre links a
 * program the first time a layer needing it is drawn, and linking holds the page until the
 * GPU process is done (under SwiftShader ~0.05–0.15 s a program; the first frame with data
 * linked four of them in one task of 0.3–0.7 s). Here the map loads `style`, whose layers are
 * all at opacity 0 (loaded, laid out and placed as usual, but not drawn), and each stage gives
 * back the paint of the layers of one more kind, one frame each. The style after the last
 * stage is the given one: the figure's pixels are those of a map loaded with it.
 */
export function planProgramWarmUp(style: StyleSpecification): ProgramWarmUp {
  const stages = new Map<string, RevealStage>();
  const layers = style.layers.map((layer) => {
    const names = OPACITIES[layer.type] ?? [];
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    if (names.length === 0 || !names.every((name) => isConstant(paint[name]))) return layer;
    const kind = programKind(layer);
    const stage = stages.get(kind) ?? [];
    stages.set(kind, stage);
    stage.push({ layerId: layer.id, paint: names.map((name) => [name, paint[name]]) });
    const dimmed = Object.fromEntries(names.map((name) => [name, 0]));
    return { ...layer, paint: { ...paint, ...dimmed } } as LayerSpecification;
  });
  // Paint given back applies at once, not over the style's transition (300 ms by default).
  return {
    style: { ...style, layers, transition: { duration: 0, delay: 0 } },
    stages: [...stages.values()],
  };
}
