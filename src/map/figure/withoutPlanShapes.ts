import type { StyleSpecification } from 'maplibre-gl';
import { registryIdOf } from '../layerStyle.ts';

/**
 * The style layers that draw the shapes of the given plan layers (fills, outlines, lines,
 * circles, chunk copies too), not their labels: the figure's PDF draws those shapes as paths,
 * so its pictures leave them out, and the labels stay where the map placed them.
 */
export function planShapeLayerIds(
  style: StyleSpecification,
  layerIds: readonly string[],
): string[] {
  if (layerIds.length === 0) return [];
  const drawnAsPaths = new Set(layerIds);
  return style.layers
    .filter((spec) => {
      const isLabel = spec.id.split(':')[1]?.startsWith('label') ?? false;
      return !isLabel && drawnAsPaths.has(registryIdOf(spec.id));
    })
    .map((spec) => spec.id);
}
