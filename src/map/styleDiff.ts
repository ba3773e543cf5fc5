import type { DiffCommand, DiffOperations } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';

type Command = DiffCommand<DiffOperations>;

/**
 * Apply style-spec diff commands to a live map, as `setStyle(..., { diff: true })` does inside
 * MapLibre. Every command name is also a method of the map (setPaintProperty, addLayer, …).
 */
export function applyStyleDiff(map: MapLibreMap, commands: readonly Command[]): void {
  const target = map as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const { command, args } of commands) {
    const method = target[command];
    if (typeof method !== 'function') {
      throw new Error(`style diff: the map has no ${command}()`);
    }
    method.apply(map, args as unknown[]);
  }
}
