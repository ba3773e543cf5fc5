import type { GeometryKind } from '../layers/types.ts';
import { textReadsAs } from './coerce-text-values.ts';

/** The kinds of value a property may hold, as a layer's schema names them. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'string[]' | 'other';

/**
 * What a file holds, as far as choosing a layer for it goes: its geometry types and, for each
 * property name, the kinds of value it takes (null and absent values left out).
 */
export interface FileShape {
  geometryKinds: ReadonlySet<GeometryKind>;
  valueKinds: ReadonlyMap<string, ReadonlySet<ValueKind>>;
  /**
   * For each property with text values, the kinds every one of them reads as (a KML's "5" reads
   * as a number): an import into a layer asking for that kind converts them.
   */
  textReadsAs?: ReadonlyMap<string, ReadonlySet<'number' | 'boolean'>>;
}

/** The shape of a file's features, in one pass. */
export function shapeOfFeatures(features: readonly GeoJSON.Feature[]): FileShape {
  const geometryKinds = new Set<GeometryKind>();
  const valueKinds = new Map<string, Set<ValueKind>>();
  const textReads = new Map<string, Set<'number' | 'boolean'>>();
  for (const feature of features) {
    const type = feature.geometry?.type;
    if (type && type !== 'GeometryCollection') geometryKinds.add(type);
    const properties = feature.properties ?? {};
    for (const key in properties) {
      const value = properties[key];
      if (value === null || value === undefined) continue;
      let kinds = valueKinds.get(key);
      if (!kinds) {
        kinds = new Set();
        valueKinds.set(key, kinds);
      }
      kinds.add(valueKindOf(value));
      if (typeof value === 'string') noteTextReading(textReads, key, value);
    }
  }
  return { geometryKinds, valueKinds, textReadsAs: textReads };
}

/** Narrows what a property's text values all read as by one more value. */
function noteTextReading(
  textReads: Map<string, Set<'number' | 'boolean'>>,
  key: string,
  text: string,
): void {
  let reads = textReads.get(key);
  if (!reads) {
    reads = new Set(['number', 'boolean']);
    textReads.set(key, reads);
  }
  for (const type of reads) if (!textReadsAs(text, type)) reads.delete(type);
}

function valueKindOf(value: unknown): ValueKind {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return typeof value as ValueKind;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'string[]';
  return 'other';
}
