import type { LayerDef } from '../layers/types.ts';
import { PROPERTY_LABELS } from '../schema-form/labels.ts';

/**
 * A layer in a message: its id (kept for the command line's JSON) and its title in each
 * language, which the message shows (a planner never sees ids like `user-…`).
 */
export function layerParams(layer: LayerDef): Record<string, string> {
  return { layer: layer.id, layerVi: layer.title.vi, layerEn: layer.title.en };
}

/** A property in a message: its name in the file and its form label in each language. */
export function propertyParams(key: string): Record<string, string> {
  const label = PROPERTY_LABELS[key];
  return { key, labelVi: label?.vi ?? key, labelEn: label?.en ?? key };
}
