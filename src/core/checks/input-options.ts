import { LAYERS } from '../layers/registry.ts';
import type { LocalizedText } from '../layers/types.ts';
import type { LayerInput } from './check-spec.ts';

export interface InputOption {
  value: string;
  label: LocalizedText;
  input: LayerInput;
}

// Parts of a layer that planners check on their own.
const SUBSETS: readonly InputOption[] = [
  {
    value: 'boundaries:provincial-border',
    label: { vi: 'Ranh giới tỉnh Hà Nội – Vĩnh Phúc', en: 'Hà Nội – Vĩnh Phúc provincial border' },
    input: { layerId: 'boundaries', where: { property: 'kind', equals: ['provincial-border'] } },
  },
  {
    value: 'boundaries:district',
    label: { vi: 'Huyện, thị xã, thành phố (2019)', en: 'Districts (2019)' },
    input: { layerId: 'boundaries', where: { property: 'kind', equals: ['district'] } },
  },
];

/** What a check can take as input: every registry layer, and the useful parts of some. */
export function inputOptions(): InputOption[] {
  const whole = LAYERS.map((layer) => ({
    value: layer.id,
    label: layer.title,
    input: { layerId: layer.id },
  }));
  return [...whole, ...SUBSETS];
}

/** The option a saved input corresponds to (by layer and filter). */
export function optionValueOf(input: LayerInput): string {
  const match = SUBSETS.find(
    (option) =>
      option.input.layerId === input.layerId &&
      JSON.stringify(option.input.where) === JSON.stringify(input.where),
  );
  return match?.value ?? input.layerId;
}
