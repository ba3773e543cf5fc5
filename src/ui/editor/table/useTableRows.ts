import { useMemo, useState } from 'react';
import type { LayerState } from '../../../core/document/state.ts';
import type { Lang } from '../../../core/i18n/messages.ts';
import { filterKeys, type SortDirection, sortKeys } from '../../../core/schema-form/index.ts';

/** The column a table is sorted by, and which way. */
export interface TableSort {
  property: string;
  direction: SortDirection;
}

/**
 * The rows of a layer's table (feature keys) after the filter and the sort, recomputed only
 * when the layer, the query or the sort changes.
 */
export function useTableRows(layer: LayerState | undefined, lang: Lang) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<TableSort | null>(null);
  const filtered = useMemo(
    () => (layer ? filterKeys(layer, layer.order, query) : []),
    [layer, query],
  );
  const rows = useMemo(
    () =>
      layer && sort ? sortKeys(layer, filtered, sort.property, sort.direction, lang) : filtered,
    [layer, filtered, sort, lang],
  );
  /** A click on a header: sort by it ascending, then descending, then back to ascending. */
  const toggleSort = (property: string) =>
    setSort((current) =>
      current?.property === property && current.direction === 'ascending'
        ? { property, direction: 'descending' }
        : { property, direction: 'ascending' },
    );
  return { rows, query, setQuery, sort, toggleSort };
}
