import type { LayerFilters } from '../filter/filter-types.ts';
import type { LayerDef } from '../layers/types.ts';
import {
  type IgnoredPart,
  type LinkContext,
  type LinkSelection,
  parseMapLink,
} from './map-state.ts';

/**
 * Whether an ignored part of a link may name a planner's own layer (`user-…`) that is not known
 * yet: those layers come back with the stored workspace, after the link is first read.
 */
export function mayNameUserLayer(part: IgnoredPart): boolean {
  return part.reason === 'unknown-layer' && part.value.startsWith('user-');
}

/** What a link says about the planners' own layers, read once they are known. */
export interface UserLayerLinkState {
  /** Shown or hidden, for each own layer, when the link names its layers (else empty). */
  visible: Record<string, boolean>;
  /** Opacity of the own layers the link fades (whole when it names its layers or opacities). */
  opacity: Record<string, number>;
  /** Whether the link's layers or opacities are whole (a layer it leaves out is reset). */
  named: { layers: boolean; opacity: boolean };
  /** The filters the link sets on own layers. */
  filters: LayerFilters;
  /** The link's selection when it is a feature of an own layer. */
  selection: LinkSelection | null;
  /** Everything the link held that exists nowhere, own layers included. */
  ignored: IgnoredPart[];
}

/**
 * Reads a link again once the planners' own layers are known (`userLayers`, from the
 * document), for the parts about those layers: the rest was applied on arrival. Ids in the link
 * that name no layer, own or registry, stay in `ignored` as before.
 */
export function userLayerLinkState(
  search: string,
  context: LinkContext,
  userLayers: readonly LayerDef[],
): UserLayerLinkState {
  const parsed = parseMapLink(search, { ...context, layers: [...context.layers, ...userLayers] });
  const own = (id: string) => userLayers.some((layer) => layer.id === id);
  const pick = (record: Readonly<Record<string, boolean | number>>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => own(id)));
  const { state, named } = parsed;
  return {
    visible: named.layers ? (pick(state.visible) as Record<string, boolean>) : {},
    opacity: pick(state.opacity) as Record<string, number>,
    named: { layers: named.layers, opacity: named.opacity },
    filters: Object.fromEntries(Object.entries(state.filters ?? {}).filter(([id]) => own(id))),
    selection: state.selection && own(state.selection.layerId) ? state.selection : null,
    ignored: parsed.ignored,
  };
}
