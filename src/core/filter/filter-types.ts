/**
 * One condition on one property: its value is one of a list (a string, a number or a boolean as
 * text, or any element of a list property), or a number within an inclusive range (either bound
 * may be open).
 */
export type FieldCondition =
  | { kind: 'values'; values: readonly string[] }
  | { kind: 'range'; min: number | null; max: number | null };

/** The conditions on one layer, by property name: a feature passes when all of them hold. */
export type LayerFilter = Readonly<Record<string, FieldCondition>>;

/** Every layer's filter, by layer id; a layer without an entry shows all its features. */
export type LayerFilters = Readonly<Record<string, LayerFilter>>;

/** Whether a layer's filter holds any condition. */
export function isFiltering(filter: LayerFilter | undefined): filter is LayerFilter {
  return filter !== undefined && Object.keys(filter).length > 0;
}
