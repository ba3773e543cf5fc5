import type { StyleSpecification } from 'maplibre-gl';
import { registryIdOf } from '../layerStyle.ts';

/**
 * The style with the shapes of the given plan layers hidden (fills, outlines, lines, circles,
 * chunk copies too) and their labels kept: the figure's PDF draws those shapes as paths over the
 * picture, and the labels stay in the picture where the map placed them.
 */
export function withoutPlanShapes(
  style: StyleSpecification,
  layerIds: readonly string[],
): StyleSpecification {
  if (layerIds.length === 0) return style;
  const hidden = new Set(layerIds);
  return {
    ...style,
    layers: style.layers.map((spec) => {
      const isLabel = spec.id.split(':')[1]?.startsWith('label') ?? false;
      if (isLabel || !hidden.has(registryIdOf(spec.id))) return spec;
      return { ...spec, layout: { ...spec.layout, visibility: 'none' } } as typeof spec;
    }),
  };
}
