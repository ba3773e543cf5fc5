import { useMemo } from 'react';
import type { LayerFilters } from '../../core/filter/filter-types.ts';
import { filterCollection } from '../../core/filter/predicate.ts';

/**
 * Each layer's features that pass its filter: what the counts, the analysis, the exports and the
 * search see. An unfiltered layer is its own collection, and a filtered one keeps its identity
 * while neither the layer nor its filter changes (`filterCollection` caches it).
 */
export function useFilteredCollections(
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>,
  filters: LayerFilters,
): Record<string, GeoJSON.FeatureCollection> {
  return useMemo(
    () =>
      Object.fromEntries(
        Object.entries(collections).map(([id, collection]) => [
          id,
          filterCollection(collection, filters[id]),
        ]),
      ),
    [collections, filters],
  );
}

/** The layers a filter narrows: how many features pass and how many there are. */
export function filteredCounts(
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>,
  shown: Readonly<Record<string, GeoJSON.FeatureCollection>>,
): Record<string, { shown: number; total: number }> {
  const counts: Record<string, { shown: number; total: number }> = {};
  for (const [id, collection] of Object.entries(collections)) {
    const passing = shown[id];
    if (passing && passing !== collection)
      counts[id] = { shown: passing.features.length, total: collection.features.length };
  }
  return counts;
}
