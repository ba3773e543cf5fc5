import { useEffect, useRef, useState } from 'react';
import { type BoundaryFrame, DEFAULT_FRAME } from '../../core/basemap/frame.ts';
import { PRESET_CHECKS } from '../../core/checks/presets.ts';
import { findByKey } from '../../core/document/featureKey.ts';
import type { LayerFilters } from '../../core/filter/filter-types.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { LAYERS } from '../../core/layers/registry.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { IgnoredReason } from '../../core/url/ignored-note.ts';
import {
  type LinkContext,
  type LinkSelection,
  type MapLinkState,
  parseMapLink,
  serializeMapLink,
} from '../../core/url/map-state.ts';
import { mayNameUserLayer, userLayerLinkState } from '../../core/url/user-layer-link.ts';

const CONTEXT: LinkContext = { layers: LAYERS, checkIds: PRESET_CHECKS.map((check) => check.id) };

/** The app state a link carries, and the setters that apply a link to it. */
export interface MapLinkBinding {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The planner's visibility choices (a layer without an entry shows as by default). */
  visible: Readonly<Record<string, boolean>>;
  setVisible: (visible: Record<string, boolean>) => void;
  opacity: Readonly<Record<string, number>>;
  setOpacity: (opacity: Record<string, number>) => void;
  selection: LinkSelection | null;
  setSelection: (selection: LinkSelection | null) => void;
  checkId: string | null;
  setCheckId: (checkId: string | null) => void;
  frame: BoundaryFrame;
  setFrame: (frame: BoundaryFrame) => void;
  /** Each layer's filter: not remembered between visits, only carried by the link. */
  filters: LayerFilters;
  setFilters: (filters: LayerFilters) => void;
  /** The loaded layers, to tell a link's unknown feature from one still loading. */
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  /** The planners' own layers (`user-…`), in draw order: carried by the link like the registry's. */
  userLayers: readonly LayerDef[];
  /** Whether the stored workspace has come back, so `userLayers` is all there will be. */
  userLayersKnown: boolean;
}

interface Applying extends MapLinkBinding {
  onLinkSelection: (selection: LinkSelection | null) => void;
}

/** A part of the link the page could not use, for the note. */
export interface IgnoredLinkPart {
  value: string;
  reason: IgnoredReason;
}

function stateOf(binding: MapLinkBinding, layers: readonly LayerDef[]): MapLinkState {
  const visible = Object.fromEntries(
    layers.map((layer) => [layer.id, binding.visible[layer.id] ?? layer.visibleByDefault]),
  );
  const { lang, opacity, selection, checkId, frame, filters } = binding;
  return { lang, visible, opacity, selection, checkId, frame, filters };
}

function applyLink(binding: Applying, search: string, whole: boolean) {
  const layers = [...LAYERS, ...binding.userLayers];
  const { state, named, ignored } = parseMapLink(search, { ...CONTEXT, layers });
  binding.onLinkSelection(state.selection);
  if (whole || named.lang) binding.setLang(state.lang);
  if (whole || named.frame) binding.setFrame(state.frame ?? DEFAULT_FRAME);
  if (whole || named.layers) binding.setVisible({ ...state.visible });
  // A link that names its layers is a whole map: layers it does not fade are fully opaque.
  if (whole || named.layers || named.opacity) binding.setOpacity({ ...state.opacity });
  binding.setSelection(state.selection);
  binding.setCheckId(state.checkId);
  binding.setFilters(state.filters ?? {});
  return ignored;
}

/** The names of the query parameters that differ between two query strings, sorted, joined. */
function changedParams(before: string, after: string): string {
  const a = new URLSearchParams(before);
  const b = new URLSearchParams(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((name) => a.get(name) !== b.get(name))
    .sort()
    .join(',');
}

/**
 * Applies what the arrival link says about the planners' own layers, once the workspace has
 * brought them back; returns the link's parts that name none, and whether anything was set.
 */
function applyUserLayerLink(binding: Applying, search: string) {
  const link = userLayerLinkState(search, CONTEXT, binding.userLayers);
  const visible = Object.keys(link.visible).length > 0;
  const opacity = Object.keys(link.opacity).length > 0;
  if (visible) binding.setVisible({ ...binding.visible, ...link.visible });
  if (opacity) binding.setOpacity({ ...binding.opacity, ...link.opacity });
  const filters = Object.keys(link.filters).length > 0;
  if (filters) binding.setFilters({ ...binding.filters, ...link.filters });
  if (link.selection) {
    binding.onLinkSelection(link.selection);
    binding.setSelection(link.selection);
  }
  const set = visible || opacity || filters || link.selection !== null;
  return { ignored: link.ignored.filter(mayNameUserLayer), set };
}

/**
 * Keeps the map's state in the page's query string, beside MapLibre's `#map=` camera hash. On
 * arrival the link is applied over the remembered preferences; each later discrete change
 * (a layer, an opacity, the language, the frame, a selection, a check, a filter) is a history entry
 * (pushState), so
 * Back and Forward step through the planner's changes while the camera only replaces its entry.
 * The planners' own layers are read from the arrival link once the workspace is back (they
 * live there), and what names none of them joins the note then.
 * Returns what the link held that could not be used.
 */
export function useMapLink(binding: MapLinkBinding): IgnoredLinkPart[] {
  const latest = useRef(binding);
  latest.current = binding;
  const [ignored, setIgnored] = useState<IgnoredLinkPart[]>([]);
  const [applied, setApplied] = useState(false);
  const written = useRef(false);
  const lastChanged = useRef('');
  const linkSelection = useRef<LinkSelection | null>(null);
  const arrival = useRef('');
  const settled = useRef(false);
  // The write that follows the own layers' late arrival replaces the entry, as the first does.
  const replaceNext = useRef(false);

  useEffect(() => {
    const apply = (whole: boolean) =>
      applyLink(
        { ...latest.current, onLinkSelection: (picked) => (linkSelection.current = picked) },
        window.location.search,
        whole,
      );
    arrival.current = window.location.search;
    setIgnored(apply(false).filter((part) => !mayNameUserLayer(part)));
    setApplied(true);
    // Back/Forward: the entry's query is a link we wrote; apply all of it.
    const onPopState = () => {
      lastChanged.current = '';
      apply(true);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const layers = [...LAYERS, ...binding.userLayers];
  const search = serializeMapLink(stateOf(binding, layers), layers);
  useEffect(() => {
    if (!applied || search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    const changed = changedParams(window.location.search, search);
    // The first write only makes the arrival link canonical; it is not a change of the planner's.
    // A slider drag is one change: opacity steps that follow each other replace their entry.
    const sliding = changed === 'opacity' && lastChanged.current === 'opacity';
    if (written.current && !sliding && !replaceNext.current)
      window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
    written.current = true;
    lastChanged.current = changed;
  }, [applied, search]);
  useEffect(() => {
    replaceNext.current = false;
  });

  const { userLayersKnown } = binding;
  useEffect(() => {
    if (!applied || !userLayersKnown || settled.current) return;
    settled.current = true;
    const { ignored: unknown, set } = applyUserLayerLink(
      { ...latest.current, onLinkSelection: (picked) => (linkSelection.current = picked) },
      arrival.current,
    );
    replaceNext.current = set;
    if (unknown.length > 0) setIgnored((previous) => [...previous, ...unknown]);
  }, [applied, userLayersKnown]);

  // The link's selected feature is checked once its layer has loaded: it may have been deleted.
  const { selection, collections, setSelection } = binding;
  useEffect(() => {
    const collection = selection && collections[selection.layerId];
    if (selection !== linkSelection.current || !selection || !collection) return;
    linkSelection.current = null;
    if (findByKey(collection, selection.featureKey)) return;
    setSelection(null);
    setIgnored((previous) => [
      ...previous,
      { value: `${selection.layerId}:${selection.featureKey}`, reason: 'unknown-feature' },
    ]);
  }, [selection, collections, setSelection]);

  return ignored;
}
