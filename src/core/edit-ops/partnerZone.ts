import type { DocumentState } from '../document/state.ts';
import { EDIT_OPS_MESSAGES as M } from '../i18n/editOpsMessages.ts';
import { isRefusal, type ZoneFeature, zoneAt } from './polygonal.ts';
import { type EditOpRefusal, refuse } from './result.ts';

/** A feature under a click: its layer and key (the map's pick, without the map). */
export interface StackedFeature {
  layerId: string;
  featureKey: string;
}

/** The zone a second click chose for a merge or a subtraction. */
export interface PartnerZone extends StackedFeature {
  zone: ZoneFeature;
}

/**
 * The zone the planner clicked as the second operand, from everything stacked under the click
 * (top-most first): the first zone other than the selected one, in the selected zone's layer
 * for a merge (zones merge within a layer), in any layer for a subtraction (a green corridor
 * may be cut out of an industrial zone). Refused when the click found no such zone.
 */
export function partnerZone(
  doc: DocumentState,
  selected: StackedFeature,
  stack: readonly StackedFeature[],
  operation: 'merge' | 'subtract',
): PartnerZone | EditOpRefusal {
  for (const pick of stack) {
    if (pick.layerId === selected.layerId && pick.featureKey === selected.featureKey) continue;
    if (operation === 'merge' && pick.layerId !== selected.layerId) continue;
    const zone = zoneAt(doc.layers.get(pick.layerId), pick.featureKey);
    if (!isRefusal(zone)) return { ...pick, zone };
  }
  return refuse('no-zone-here', operation === 'merge' ? M.refusedNoMergeZone : M.refusedNoZone);
}
