import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { type MercatorBox, zonesTooSmallToLabel } from '../../core/figure/zone-label-room.ts';
import { FEATURE_KEY } from '../sourceData.ts';

/** A plan layer's labels, one style layer per chunk (`zones:label`, `zones:label~3`). */
const PLAN_LABEL_LAYER = /:label(~\d+)?$/;

/** A figure's style with the labels of zones too small for them left out, and how many. */
export interface ZoneLabelRoom {
  style: StyleSpecification;
  /** Zones whose label the figure leaves out (0: the style is the one given). */
  leftOut: number;
}

/** The features of an inline GeoJSON source (a URL's features are not read here). */
function inlineFeatures(style: StyleSpecification, sourceId: string): GeoJSON.Feature[] {
  const source = style.sources[sourceId];
  if (source?.type !== 'geojson' || typeof source.data !== 'object') return [];
  const data = source.data as GeoJSON.GeoJSON;
  return data.type === 'FeatureCollection' ? data.features : [];
}

/** A label layer's features split by their zone's size at `zoom`, by feature key. */
interface KeysBySize {
  /** Labelled features kept (their zone large enough, or not a zone). */
  kept: string[];
  /** Zones too small for their label, among those the layer's own filter shows. */
  small: string[];
  /** How many of `small` lie in the figure's area. */
  smallInFrame: number;
}

/** The keys of the layer's features with a label kept, and of the small zones it would label. */
function keysBySize(
  layer: SymbolLayerSpecification,
  style: StyleSpecification,
  zoom: number,
  frame: MercatorBox | undefined,
): KeysBySize {
  const features = inlineFeatures(style, layer.source);
  const passes = layer.filter
    ? featureFilter(layer.filter, `layers[${style.layers.indexOf(layer)}].filter`)
    : null;
  const tooSmall = new Map(
    zonesTooSmallToLabel(features, zoom, frame).map((zone) => [zone.index, zone.inFrame]),
  );
  const kept = new Set<string>();
  const small = new Set<string>();
  let smallInFrame = 0;
  for (const [index, feature] of features.entries()) {
    const key = feature.properties?.[FEATURE_KEY];
    if (typeof key !== 'string' || key === '') continue;
    const inFrame = tooSmall.get(index);
    if (inFrame === undefined) {
      kept.add(key);
      continue;
    }
    const properties = feature.properties ?? {};
    if (passes && !passes.filter({ zoom }, { type: 3, properties } as never)) continue;
    if (small.has(key)) continue;
    small.add(key);
    if (inFrame) smallInFrame++;
  }
  return { kept: [...kept], small: [...small], smallInFrame };
}

/**
 * The label layer showing only the `kept` features, its own filter kept: the shorter list of the
 * two goes in the filter (a `match` of thousands of keys takes MapLibre's style validation a
 * tenth of a second), and none at all when every zone is too small.
 */
function keepOnly(
  layer: SymbolLayerSpecification,
  { kept, small }: KeysBySize,
): LayerSpecification {
  const label = ['get', FEATURE_KEY] as ExpressionSpecification;
  const only: ExpressionSpecification | false =
    kept.length === 0
      ? false
      : kept.length < small.length
        ? ['match', label, kept, true, false]
        : ['match', label, small, false, true];
  const filter = (layer.filter ? ['all', layer.filter, only] : only) as ExpressionSpecification;
  return { ...layer, filter };
}

/**
 * The figure's style, for a map at `zoom`, with the labels of zones too small at that scale to
 * carry one (see zonesTooSmallToLabel) filtered out of the plan layers' label layers: MapLibre
 * then neither lays them out nor places them. 10,000 parcels in view gave it 10,000 labels to
 * place, almost all hidden by each other: 80–440 ms a frame. Only zone labels of layers given as
 * features are read (an imported layer handed to MapLibre as a file keeps all its labels); a
 * layer not drawn at `zoom` is left alone. Only the zones in `frame` (the figure's area, when
 * given) are counted: the others' labels would not have been on the figure. When no label is
 * left out, the style is the one given.
 */
export function withoutSmallZoneLabels(
  style: StyleSpecification,
  zoom: number,
  frame?: MercatorBox,
): ZoneLabelRoom {
  let leftOut = 0;
  let changed = false;
  const layers = style.layers.map((layer) => {
    if (layer.type !== 'symbol' || !PLAN_LABEL_LAYER.test(layer.id)) return layer;
    if (layer.layout?.visibility === 'none' || zoom < (layer.minzoom ?? 0)) return layer;
    const keys = keysBySize(layer, style, zoom, frame);
    if (keys.small.length === 0) return layer;
    leftOut += keys.smallInFrame;
    changed = true;
    return keepOnly(layer, keys);
  });
  return changed ? { style: { ...style, layers }, leftOut } : { style, leftOut };
}
