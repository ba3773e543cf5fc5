import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { BoundaryFrame } from '../core/basemap/frame.ts';
import { PLANNING_ZOOM } from '../core/basemap/tileset.ts';
import type { Lang } from '../core/i18n/messages.ts';
import { BASEMAP_LAYER_PREFIX, BASEMAP_SOURCE } from './basemapStyle.ts';
import { FONT_REGULAR } from './fonts.ts';

// The frame's layers have ids of their own (`district-2019-line` in 2019, `district-former-line`
// in 2025), so what the map draws says which frame it is in.

const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } as const;

type LineOrFill = { type: 'fill' | 'line' } & Record<string, unknown>;

const base = (id: string, sourceLayer: string, spec: LineOrFill) =>
  ({
    id: `${BASEMAP_LAYER_PREFIX}${id}`,
    source: BASEMAP_SOURCE,
    'source-layer': sourceLayer,
    ...spec,
  }) as LayerSpecification;

const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];

const HANOI = 'Hà Nội';

/**
 * The provinces' tint, under everything else but the land: the 2019 ones or the 2025 ones.
 * Hà Nội warm, its neighbours green (Vĩnh Phúc, now Phú Thọ). Two layers with constant colours,
 * not one coloured by a `match` on the name: a colour read from the data needs fill shaders of
 * its own (fill and its antialiased outline), compiled before the first idle, while constant
 * colours share the plan layers' (tests/e2e/cold-start.e2e.ts counts them).
 */
export function frameFillLayers(frame: BoundaryFrame, hasRemote: boolean): LayerSpecification[] {
  const [id, sourceLayer] =
    frame === '2025' ? ['province-2025-fill', 'land'] : ['province-2019-fill', 'boundary'];
  const only = (name: ExpressionSpecification): ExpressionSpecification =>
    frame === '2025' ? name : ['all', kindIs('province2019'), name];
  const tint = (color: string) => ({
    'fill-color': color,
    'fill-opacity': hasRemote ? 0.4 : 1,
  });
  return [
    base(id, sourceLayer, {
      type: 'fill',
      filter: only(['!=', ['get', 'name'], HANOI]),
      paint: tint('#f2f6ea'),
    }),
    base(`${id}-hanoi`, sourceLayer, {
      type: 'fill',
      filter: only(['==', ['get', 'name'], HANOI]),
      paint: tint('#fbf6ea'),
    }),
  ];
}

/**
 * Commune and district lines, under the roads. In 2025 the new communes show from the planning
 * zoom and the abolished districts are dashed; in 2019 the districts are solid and no 2025
 * commune is drawn (they did not exist).
 */
export function frameUnitLines(frame: BoundaryFrame): LayerSpecification[] {
  if (frame === '2019') {
    return [
      base('district-2019-line', 'boundary', {
        type: 'line',
        filter: kindIs('district2019'),
        minzoom: 8,
        paint: { 'line-color': '#a2a2a2', 'line-width': 0.6 },
      }),
    ];
  }
  return [
    base('commune-line', 'commune', {
      type: 'line',
      minzoom: PLANNING_ZOOM,
      paint: { 'line-color': '#b3a6c6', 'line-width': 0.7, 'line-dasharray': [4, 2] },
    }),
    base('district-former-line', 'boundary', {
      type: 'line',
      filter: kindIs('district2019'),
      minzoom: 8,
      paint: { 'line-color': '#9a9a9a', 'line-width': 0.8, 'line-dasharray': [2, 2] },
    }),
  ];
}

/**
 * Province lines, on top of the ground. In 2025 the 2019 provinces' lines are dashed under the
 * 2025 ones (the Vĩnh Phúc – Phú Thọ border is no border any more; the Hà Nội one still is).
 */
export function frameProvinceLines(frame: BoundaryFrame): LayerSpecification[] {
  if (frame === '2019') {
    return [
      base('province-2019-line', 'boundary', {
        type: 'line',
        filter: kindIs('province2019'),
        paint: { 'line-color': '#6f6f6f', 'line-width': 1.6 },
      }),
    ];
  }
  return [
    base('province-former-line', 'boundary', {
      type: 'line',
      filter: kindIs('province2019'),
      paint: { 'line-color': '#8a8a8a', 'line-width': 1.1, 'line-dasharray': [3, 2] },
    }),
    base('province-2025-line', 'land', {
      type: 'line',
      paint: { 'line-color': '#6f6f6f', 'line-width': 1.6 },
    }),
  ];
}

/** The 2019 province the app names "Vĩnh Phúc (nay thuộc Phú Thọ)" in data/basemap. */
const VINH_PHUC_LABEL = 'Vĩnh Phúc (nay thuộc Phú Thọ)';

const FORMER_VINH_PHUC: Record<Lang, string> = {
  vi: '(tỉnh Vĩnh Phúc cũ)',
  en: '(former Vĩnh Phúc province)',
};

/**
 * The province label's text. In 2025 Vĩnh Phúc's place names Phú Thọ, the province it is part
 * of, with Vĩnh Phúc as the former province under it; in 2019 the data's own names (which
 * already say "now part of Phú Thọ").
 */
export function provinceLabelText(
  lang: Lang,
  frame: BoundaryFrame,
  label: ExpressionSpecification,
): ExpressionSpecification {
  if (frame === '2019') return label;
  return [
    'case',
    ['==', ['get', 'name'], VINH_PHUC_LABEL],
    ['format', 'Phú Thọ\n', {}, FORMER_VINH_PHUC[lang], { 'font-scale': 0.75 }],
    label,
  ];
}

/** Rank 3 places whose names start so are the 2019 districts (huyện, thành phố, thị xã). */
const DISTRICT_PREFIXES = ['Huyện ', 'Thành ', 'Thị xã'];

/** The app's own district places (rank 3, named "Huyện …", "Thành phố …", "Thị xã …"). */
export const isDistrictPlace: ExpressionSpecification = [
  'all',
  ['==', ['get', 'rank'], 3],
  ['in', ['slice', ['to-string', ['get', 'name']], 0, 6], ['literal', DISTRICT_PREFIXES]],
];

/**
 * The 2019 districts' names, always marked as historic (none exists since 1 July 2025): "until
 * 30 June 2025" in the 2019 frame, "former" in the 2025 one ("Huyện Mê Linh cũ").
 */
function districtLabelText(lang: Lang, frame: BoundaryFrame): ExpressionSpecification {
  const name: ExpressionSpecification =
    lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
  const text: ExpressionSpecification = ['to-string', name];
  if (frame === '2025') {
    return lang === 'en' ? ['concat', 'Former ', text] : ['concat', text, ' cũ'];
  }
  const until = lang === 'en' ? '(until 30 June 2025)' : '(đến 30/6/2025)';
  return ['format', text, {}, `\n${until}`, { 'font-scale': 0.8 }];
}

/** The district labels of the frame, and in 2025 the new communes' names from the planning zoom. */
export function frameUnitLabels(lang: Lang, frame: BoundaryFrame): LayerSpecification[] {
  const districts: LayerSpecification = {
    id: `${BASEMAP_LAYER_PREFIX}place-district-${frame === '2019' ? '2019' : 'former'}`,
    type: 'symbol',
    source: BASEMAP_SOURCE,
    'source-layer': 'place',
    filter: isDistrictPlace,
    layout: {
      'text-field': districtLabelText(lang, frame),
      'text-font': [FONT_REGULAR],
      'text-size': 11.5,
      'text-max-width': 8,
    },
    paint: { 'text-color': frame === '2019' ? '#4a4a4a' : '#6d6d6d', ...HALO },
  };
  if (frame === '2019') return [districts];
  return [
    {
      id: `${BASEMAP_LAYER_PREFIX}commune-label`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'place',
      filter: ['==', ['get', 'kind'], 'commune'],
      minzoom: 12,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 10.5,
        'text-max-width': 7,
      },
      paint: { 'text-color': '#7d6e95', ...HALO },
    },
    districts,
  ];
}
