import { type BoundaryFrame, DEFAULT_FRAME, isBoundaryFrame } from '../basemap/frame.ts';
import type { LayerFilters } from '../filter/filter-types.ts';
import { filterToQueryValue, parseFilterText } from '../filter/filter-url.ts';
import { isLang, type Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';

/** The feature a link selects: its registry layer and its key in that layer. */
export interface LinkSelection {
  layerId: string;
  featureKey: string;
}

/**
 * The planner's map as a link carries it in its query string; the camera travels beside it in
 * `#map=zoom/lat/lon/bearing/pitch`, which MapLibre keeps.
 */
export interface MapLinkState {
  lang: Lang;
  /** Every registry layer, shown or not. */
  visible: Readonly<Record<string, boolean>>;
  /** Opacity 0–1 of the layers that are not fully opaque. */
  opacity: Readonly<Record<string, number>>;
  selection: LinkSelection | null;
  /** The id of the active analysis check (a preset), or null. */
  checkId: string | null;
  /** The administrative units under the plan (`frame=2025`); absent or 2019 is the default. */
  frame?: BoundaryFrame;
  /** Each layer's filter (`core/filter`); absent or empty when nothing is filtered. */
  filters?: LayerFilters;
}

/** One part of a link that could not be used, and why: shown to the planner as a short note. */
export interface IgnoredPart {
  param: string;
  value: string;
  reason:
    | 'unknown-layer'
    | 'bad-opacity'
    | 'unknown-check'
    | 'bad-lang'
    | 'bad-selection'
    | 'bad-frame'
    | 'unknown-field'
    | 'bad-filter';
}

/** What a link gave: the state (defaults where it said nothing usable) and what was ignored. */
export interface ParsedMapLink {
  state: MapLinkState;
  /** Which parts the link named, so the app keeps the planner's own choice for the others. */
  named: { lang: boolean; layers: boolean; opacity: boolean; frame: boolean };
  ignored: IgnoredPart[];
}

/** What a link is read against: the layers and the check ids that exist. */
export interface LinkContext {
  layers: readonly LayerDef[];
  checkIds: readonly string[];
}

// Two decimals is finer than the opacity slider's step, and keeps links short.
const roundOpacity = (value: number) => Math.round(value * 100) / 100;

// A link is pasted into mail and chat: cap what one parameter may hold before reading it.
const MAX_PARAM_CHARS = 2000;

function readOpacity(text: string, known: Set<string>, ignored: IgnoredPart[]) {
  const opacity: Record<string, number> = {};
  for (const entry of text.split(',').filter(Boolean)) {
    const [id = '', value = ''] = entry.split(':');
    const number = Number(value);
    if (!known.has(id)) ignored.push({ param: 'opacity', value: entry, reason: 'unknown-layer' });
    else if (value === '' || !Number.isFinite(number) || number < 0 || number > 1)
      ignored.push({ param: 'opacity', value: entry, reason: 'bad-opacity' });
    else opacity[id] = roundOpacity(number);
  }
  return opacity;
}

function readSelection(text: string, known: Set<string>, ignored: IgnoredPart[]) {
  // Layer ids are [a-z0-9-], so the first ':' ends the layer id; the key may hold anything.
  const colon = text.indexOf(':');
  const layerId = colon > 0 ? text.slice(0, colon) : '';
  const featureKey = colon > 0 ? text.slice(colon + 1) : '';
  if (!known.has(layerId) || featureKey === '') {
    ignored.push({
      param: 'sel',
      value: text,
      reason: known.has(layerId) ? 'bad-selection' : 'unknown-layer',
    });
    return null;
  }
  return { layerId, featureKey };
}

/**
 * Reads a link's query string. Never throws: what it cannot use (an unknown layer, check or
 * language, an opacity outside 0–1, a selection without a key) is left out and listed in
 * `ignored`, so the page opens the best map it can and says what it dropped.
 */
export function parseMapLink(search: string, context: LinkContext): ParsedMapLink {
  const query = new URLSearchParams(search);
  const get = (name: string) => query.get(name)?.slice(0, MAX_PARAM_CHARS) ?? null;
  const known = new Set(context.layers.map((layer) => layer.id));
  const ignored: IgnoredPart[] = [];

  const langText = get('lang');
  if (langText !== null && !isLang(langText))
    ignored.push({ param: 'lang', value: langText, reason: 'bad-lang' });

  const frameText = get('frame');
  if (frameText !== null && !isBoundaryFrame(frameText))
    ignored.push({ param: 'frame', value: frameText, reason: 'bad-frame' });

  const layersText = get('layers');
  const wanted = new Set<string>();
  for (const id of (layersText ?? '').split(',').map((part) => part.trim())) {
    if (id === '') continue;
    if (known.has(id)) wanted.add(id);
    else ignored.push({ param: 'layers', value: id, reason: 'unknown-layer' });
  }
  const visible = Object.fromEntries(
    context.layers.map((layer) => [
      layer.id,
      layersText === null ? layer.visibleByDefault : wanted.has(layer.id),
    ]),
  );

  const opacityText = get('opacity');
  const opacity = opacityText === null ? {} : readOpacity(opacityText, known, ignored);
  const selText = get('sel');
  const selection =
    selText === null || selText === '' ? null : readSelection(selText, known, ignored);

  const checkText = get('check');
  const checkKnown = checkText !== null && context.checkIds.includes(checkText);
  if (checkText !== null && checkText !== '' && !checkKnown)
    ignored.push({ param: 'check', value: checkText, reason: 'unknown-check' });

  const filterText = get('filter');
  const filter = parseFilterText(filterText ?? '', context.layers);
  for (const part of filter.ignored) ignored.push({ param: 'filter', ...part });

  return {
    state: {
      lang: isLang(langText) ? langText : 'vi',
      visible,
      opacity,
      selection,
      checkId: checkKnown ? checkText : null,
      frame: isBoundaryFrame(frameText) ? frameText : DEFAULT_FRAME,
      ...(Object.keys(filter.filters).length > 0 && { filters: filter.filters }),
    },
    named: {
      lang: isLang(langText),
      layers: layersText !== null,
      opacity: opacityText !== null,
      frame: isBoundaryFrame(frameText),
    },
    ignored,
  };
}

/**
 * The query string for a state, canonical (registry order, opacity rounded, only what differs
 * from fully opaque), so that reading it back gives the same state and the same text.
 */
export function serializeMapLink(state: MapLinkState, layers: readonly LayerDef[]): string {
  const shown = layers.filter((layer) => state.visible[layer.id]).map((layer) => layer.id);
  const faded = layers
    .map((layer) => [layer.id, state.opacity[layer.id]] as const)
    .filter((entry): entry is readonly [string, number] => entry[1] !== undefined && entry[1] < 1)
    .map(([id, value]) => `${id}:${roundOpacity(value)}`);
  // Layer ids are [a-z0-9-], so lists stay readable rather than percent-encoded.
  const parts = [`lang=${state.lang}`, `layers=${shown.join(',')}`];
  if (faded.length > 0) parts.push(`opacity=${faded.join(',')}`);
  if (state.selection) {
    const { layerId, featureKey } = state.selection;
    parts.push(`sel=${layerId}:${encodeURIComponent(featureKey)}`);
  }
  if (state.checkId) parts.push(`check=${encodeURIComponent(state.checkId)}`);
  // The default frame is left out, so links made before the switch existed read the same.
  if (state.frame && state.frame !== DEFAULT_FRAME) parts.push(`frame=${state.frame}`);
  const filter = filterToQueryValue(state.filters ?? {}, layers);
  if (filter !== '') parts.push(`filter=${filter}`);
  return `?${parts.join('&')}`;
}
