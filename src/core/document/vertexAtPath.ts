/** A longitude, latitude pair. */
export type LonLat = [number, number];

/**
 * The position a finding's path points at inside a feature (`geometry.coordinates[0][3]`), or
 * the first position under it when the path names a ring, a line or a whole geometry; the
 * geometry's first position for a path outside it (a property). Undefined when there is none.
 */
export function vertexAtPath(feature: GeoJSON.Feature, path: string): LonLat | undefined {
  let value: unknown = feature.geometry;
  if (path.startsWith('geometry')) {
    for (const [, member, index] of path.slice('geometry'.length).matchAll(/\.(\w+)|\[(\d+)\]/g)) {
      const next: unknown =
        member !== undefined
          ? (value as Record<string, unknown> | null)?.[member]
          : (value as unknown[] | null)?.[Number(index)];
      if (next === undefined || next === null) break;
      value = next;
    }
  }
  return firstPosition(value);
}

/** Descends first members until a position: two finite numbers. */
function firstPosition(value: unknown): LonLat | undefined {
  for (let depth = 0; depth < 8; depth++) {
    if (Array.isArray(value)) {
      if (typeof value[0] === 'number' && typeof value[1] === 'number') {
        return Number.isFinite(value[0]) && Number.isFinite(value[1])
          ? [value[0], value[1]]
          : undefined;
      }
      value = value[0];
      continue;
    }
    if (typeof value !== 'object' || value === null) return undefined;
    const geometry = value as Record<string, unknown>;
    value = geometry.coordinates ?? (geometry.geometries as unknown[] | undefined)?.[0];
  }
  return undefined;
}
