import { LAYERS } from '../layers/registry.ts';
import type { LayerDef, LocalizedText } from '../layers/types.ts';
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

/** The feature selected on the map, offered as a check input of its own. */
export interface SelectedFeature {
  layerId: string;
  featureKey: string;
  name: string;
}

export const SELECTED_OPTION = 'selected-feature';

/**
 * What a check can take as input: the selected feature (if any), every registry layer, the
 * planners' own layers (`userLayers`), and the useful parts of some.
 */
export function inputOptions(
  selected?: SelectedFeature | null,
  userLayers: readonly LayerDef[] = [],
): InputOption[] {
  const whole = [...LAYERS, ...userLayers].map((layer) => ({
    value: layer.id,
    label: layer.title,
    input: { layerId: layer.id },
  }));
  if (!selected) return [...whole, ...SUBSETS];
  const chosen: InputOption = {
    value: SELECTED_OPTION,
    label: {
      vi: `Đối tượng đang chọn: ${selected.name}`,
      en: `Selected feature: ${selected.name}`,
    },
    input: { layerId: selected.layerId, featureKeys: [selected.featureKey] },
  };
  return [chosen, ...whole, ...SUBSETS];
}
