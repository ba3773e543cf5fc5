import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { OVERVIEW_ZOOM_KEY } from '../core/geometry/overviewZoom.ts';
import type { Lang } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';
import { FONT_REGULAR } from './fonts.ts';

const idsByLayer = new WeakMap<LayerDef, readonly string[]>();

/**
 * The MapLibre layer ids drawn for one registry layer, bottom first. Cached: picking asks for
 * them on every mouse move.
 */
export function styleLayerIds(layer: LayerDef): readonly string[] {
  let ids = idsByLayer.get(layer);
  if (!ids) {
    ids = layerSpecs(layer, { opacity: 1, visible: true, lang: 'vi' }).map((spec) => spec.id);
    idsByLayer.set(layer, ids);
  }
  return ids;
}

/** The registry layer a MapLibre layer id belongs to (`industrial-zones:fill` → `industrial-zones`). */
export function registryIdOf(styleLayerId: string): string {
  return styleLayerId.split(':')[0] ?? styleLayerId;
}

export interface LayerView {
  /** 0–1, multiplies every paint opacity of the layer. */
  opacity: number;
  visible: boolean;
  lang: Lang;
  /** The layer's filter as an expression (`filterExpression`); absent shows every feature. */
  filter?: ExpressionSpecification | null;
  /** The zoom from which polygon outlines are drawn (`outlineFromZoom`); absent: every zoom. */
  outlineFromZoom?: number;
  /**
   * Draw each feature only from the zoom its data says (`overviewZooms`: a large layer's
   * overview, every feature from the planning zoom in); absent: every feature at every zoom.
   */
  overview?: boolean;
}

/**
 * Whether the tile's zoom has reached the zoom the feature is drawn from; a feature without one
 * (added since the layer was cut) is drawn at every zoom.
 */
export const OVERVIEW_FILTER: ExpressionSpecification = [
  '>=',
  ['zoom'],
  ['coalesce', ['get', OVERVIEW_ZOOM_KEY], 0],
];

const isPolygon: FilterSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const isLine: FilterSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'MultiLineString'],
  true,
  false,
];
const isPoint: FilterSpecification = [
  'match',
  ['geometry-type'],
  ['Point', 'MultiPoint'],
  true,
  false,
];

/** The label text in the chosen language, falling back to the Vietnamese name. */
export function labelExpression(property: string, lang: Lang): ExpressionSpecification {
  const localized = lang === 'en' && property === 'name' ? 'name_en' : property;
  return ['to-string', ['coalesce', ['get', localized], ['get', property], '']];
}

/**
 * A line spec as drawn: with the layer's constant dash, or, for a layer dashed by a property
 * (`dashWhen`), split in two specs with constant dashes, the dashed features under their own id
 * (`…:line-dashed`). A dash read from the data would need line shaders of its own, compiled
 * before the first idle; constant dashes share one with the boundaries and the park outlines.
 */
function withDashes(
  spec: LineLayerSpecification,
  layer: LayerDef,
  geometry: FilterSpecification,
  only: (filter: FilterSpecification) => FilterSpecification,
): LineLayerSpecification[] {
  const { dashWhen, lineDash } = layer.style;
  const dashed = (dash: readonly number[] | undefined, filter: FilterSpecification) => ({
    ...spec,
    filter: only(filter),
    paint: { ...spec.paint, ...(dash ? { 'line-dasharray': [...dash] } : {}) },
  });
  if (!dashWhen) return [dashed(lineDash, geometry)];
  const when: ExpressionSpecification = [
    'in',
    ['get', dashWhen.property],
    ['literal', [...dashWhen.equals]],
  ];
  const all = (condition: ExpressionSpecification): FilterSpecification => [
    'all',
    geometry as ExpressionSpecification,
    condition,
  ];
  return [
    dashed(lineDash, all(['!', when])),
    { ...dashed(dashWhen.dash, all(when)), id: `${spec.id}-dashed` },
  ];
}

/**
 * The MapLibre layers that draw one registry layer: polygon fill and outline, lines, points and
 * labels, each filtered by geometry type so a layer may hold mixed geometries.
 */
export function layerSpecs(layer: LayerDef, view: LayerView): LayerSpecification[] {
  const { style } = layer;
  const source = layer.id;
  const sourceLayer =
    layer.source.kind === 'pmtiles' ? { 'source-layer': layer.source.sourceLayer } : {};
  const visibility = view.visible ? 'visible' : 'none';
  // The planner's filter hides features by style, never by rebuilding the layer's data; so does
  // a large layer's overview further out than the planning zoom.
  const conditions = [view.filter, view.overview ? OVERVIEW_FILTER : null].filter(
    (condition): condition is ExpressionSpecification => Boolean(condition),
  );
  const only = (geometry: FilterSpecification): FilterSpecification =>
    conditions.length > 0 ? ['all', geometry as ExpressionSpecification, ...conditions] : geometry;
  const labelFilter: FilterSpecification | undefined =
    conditions.length > 1 ? ['all', ...conditions] : conditions[0];
  const specs: LayerSpecification[] = [];
  if (layer.geometryTypes.some((g) => g.endsWith('Polygon'))) {
    specs.push({
      id: `${layer.id}:fill`,
      type: 'fill',
      source,
      ...sourceLayer,
      filter: only(isPolygon),
      layout: { visibility },
      paint: {
        'fill-color': style.fillColor ?? style.color,
        'fill-opacity': (style.fillOpacity ?? 0.2) * view.opacity,
      },
    });
    specs.push(
      ...withDashes(
        {
          id: `${layer.id}:outline`,
          type: 'line',
          source,
          ...sourceLayer,
          ...(view.outlineFromZoom === undefined ? {} : { minzoom: view.outlineFromZoom }),
          layout: { visibility },
          paint: {
            'line-color': style.color,
            'line-width': style.lineWidthPx,
            'line-opacity': view.opacity,
          },
        },
        layer,
        isPolygon,
        only,
      ),
    );
  }
  if (layer.geometryTypes.some((g) => g.endsWith('LineString'))) {
    specs.push(
      ...withDashes(
        {
          id: `${layer.id}:line`,
          type: 'line',
          source,
          ...sourceLayer,
          layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': style.color,
            'line-width': style.lineWidthPx,
            'line-opacity': view.opacity,
          },
        },
        layer,
        isLine,
        only,
      ),
    );
  }
  if (layer.geometryTypes.some((g) => g.endsWith('Point'))) {
    specs.push({
      id: `${layer.id}:circle`,
      type: 'circle',
      source,
      ...sourceLayer,
      filter: only(isPoint),
      layout: { visibility },
      paint: {
        'circle-color': style.fillColor ?? style.color,
        'circle-radius': style.circleRadiusPx ?? 4,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-opacity': view.opacity,
        'circle-stroke-opacity': view.opacity,
      },
    });
  }
  if (style.labelProperty) {
    specs.push({
      id: `${layer.id}:label`,
      type: 'symbol',
      source,
      ...sourceLayer,
      minzoom: 10,
      ...(labelFilter ? { filter: labelFilter } : {}),
      layout: {
        visibility,
        'text-field': labelExpression(style.labelProperty, view.lang),
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: {
        'text-color': style.color,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': view.opacity,
      },
    });
  }
  return specs;
}
