import type { LayerDef, LocalizedText } from './types.ts';

/** Whether a layer can be edited, and if not, why (in both languages). */
export type LayerEditability = { editable: true } | { editable: false; reason: LocalizedText };

const NO_REASON: LocalizedText = {
  vi: 'Lớp này chỉ để xem',
  en: 'This layer is read-only',
};

/** A layer is editable unless its definition says `editable: false`. */
export function layerEditability(layer: LayerDef): LayerEditability {
  if (layer.editable !== false) return { editable: true };
  return { editable: false, reason: layer.readOnlyReason ?? NO_REASON };
}
