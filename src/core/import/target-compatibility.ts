import type { GeometryKind, LayerDef, PropertyRule } from '../layers/types.ts';
import type { FileShape, ValueKind } from './file-shape.ts';

/** Why a file cannot go into a layer; nothing when it can. */
export type Incompatibility =
  | { reason: 'read-only' }
  | { reason: 'geometry'; layerKinds: readonly GeometryKind[]; foreignKinds: GeometryKind[] }
  | { reason: 'property'; key: string; expected: PropertyRule['type']; found: ValueKind };

/**
 * Whether a file may land in an existing layer, and if not, the first reason why:
 * - the layer is editable (the 2019 boundaries are not);
 * - every geometry in the file is a type the layer holds (a layer of lines takes no points);
 * - every property the layer's schema names holds, wherever the file gives it a value, the kind
 *   of value the schema asks (a number for `accuracy_m`, text for `name`).
 *
 * Properties the layer lacks, missing required ones and values outside a list or a range do not
 * make a file incompatible: an import reports those as warnings, as it does for any target
 * (a planner's own file rarely carries `name_en`), and the inspector shows what is missing.
 */
export function targetIncompatibility(
  layer: LayerDef,
  shape: FileShape,
): Incompatibility | undefined {
  if (layer.editable === false) return { reason: 'read-only' };
  const foreignKinds = [...shape.geometryKinds].filter(
    (kind) => !layer.geometryTypes.includes(kind),
  );
  if (foreignKinds.length > 0)
    return { reason: 'geometry', layerKinds: layer.geometryTypes, foreignKinds };
  for (const [key, rule] of Object.entries(layer.properties)) {
    // Text that reads as the number or boolean asked for is converted when the file lands.
    const converted = (kind: ValueKind) =>
      kind === 'string' &&
      (rule.type === 'number' || rule.type === 'boolean') &&
      shape.textReadsAs?.get(key)?.has(rule.type) === true;
    const found = [...(shape.valueKinds.get(key) ?? [])].find(
      (kind) => kind !== rule.type && !converted(kind),
    );
    if (found) return { reason: 'property', key, expected: rule.type, found };
  }
  return undefined;
}
