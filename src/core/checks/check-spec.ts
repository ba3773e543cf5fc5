import type { LocalizedText } from '../layers/types.ts';

/**
 * Features of one layer: all of them, those whose property takes one of some values, or the
 * named features (by key: the top-level id, or `#index`).
 */
export interface LayerInput {
  layerId: string;
  where?: { property: string; equals: readonly string[] };
  featureKeys?: readonly string[];
}

/** The geodesic corridor (buffer) of a layer's features, used as an analysis layer. */
export interface CorridorInput {
  corridorOf: LayerInput;
  distanceMeters: number;
}

export type CheckInput = LayerInput | CorridorInput;

/**
 * A planning question the 2019 agreement raises, as data: it can be saved with the workspace
 * and run again after the layers change.
 */
export type CheckSpec =
  | { kind: 'nearest'; from: CheckInput; to: CheckInput }
  | { kind: 'overlap'; a: CheckInput; b: CheckInput }
  | { kind: 'corridor'; of: LayerInput; distanceMeters: number };

export interface NamedCheck {
  id: string;
  name: LocalizedText;
  spec: CheckSpec;
}

export function isCorridorInput(input: CheckInput): input is CorridorInput {
  return 'corridorOf' in input;
}
