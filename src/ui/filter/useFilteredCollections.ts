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
