import type { DiffCommand, DiffOperations } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';

type Command = DiffCommand<DiffOperations>;

/** The map's style methods that take options, and its update request (internal to MapLibre). */
interface StyleTarget {
  style: {
    addLayer(layer: unknown, before?: string, options?: { validate: boolean }): unknown;
    addSource(id: unknown, source: unknown, options?: { validate: boolean }): unknown;
  };
  _update(styleChanged: boolean): unknown;
}

/**
 * Apply style-spec diff commands to a live map, as `setStyle(..., { diff: true })` does inside
 * MapLibre. Every command name is also a method of the map (setPaintProperty, addLayer, …).
 * Layers and sources are added without MapLibre's validation: it serialises the whole style for
 * each one, so a large import's 16 chunk sources and their layers took ~150 ms in one task, and
 * the style comes from `buildStyle`, whose output the unit tests validate.
 */
export function applyStyleDiff(map: MapLibreMap, commands: readonly Command[]): void {
  const target = map as unknown as Record<string, (...args: unknown[]) => unknown>;
  const unvalidated = map as unknown as StyleTarget;
  let added = false;
  for (const { command, args } of commands) {
    const list = args as unknown[];
    if (command === 'addLayer') {
      unvalidated.style.addLayer(list[0], list[1] as string | undefined, { validate: false });
      added = true;
      continue;
    }
    if (command === 'addSource') {
      unvalidated.style.addSource(list[0], list[1], { validate: false });
      added = true;
      continue;
    }
    const method = target[command];
    if (typeof method !== 'function') {
      throw new Error(`style diff: the map has no ${command}()`);
    }
    method.apply(map, list);
  }
  // What map.addLayer and map.addSource do after the style's own call.
  if (added) unvalidated._update(true);
}
