import { incompatibilityText } from '../../core/i18n/importTargetMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { FileShape } from '../../core/import/file-shape.ts';
import { targetIncompatibility } from '../../core/import/target-compatibility.ts';
import type { LayerDef } from '../../core/layers/types.ts';

/** A layer the planner may put an import into. */
export interface TargetLayer {
  id: string;
  title: string;
  /** Its definition: what it holds, for the compatibility rule. */
  layer: LayerDef;
}

/** One existing layer in the choice: its title, and why it is not offered when it is not. */
export interface TargetOption {
  id: string;
  title: string;
  disabledReason?: string;
}

/**
 * The existing layers as choices for a file of this shape: the compatible ones first (in the
 * panel's order), then the others, disabled with their reason. Without a shape (not known),
 * every editable layer is offered.
 */
export function targetOptions(
  lang: Lang,
  layers: readonly TargetLayer[],
  shape: FileShape | undefined,
): TargetOption[] {
  const options = layers.map((target): TargetOption => {
    const why = shape
      ? targetIncompatibility(target.layer, shape)
      : target.layer.editable === false
        ? ({ reason: 'read-only' } as const)
        : undefined;
    return why
      ? { id: target.id, title: target.title, disabledReason: incompatibilityText(lang, why) }
      : { id: target.id, title: target.title };
  });
  return [
    ...options.filter((option) => !option.disabledReason),
    ...options.filter((option) => option.disabledReason),
  ];
}
