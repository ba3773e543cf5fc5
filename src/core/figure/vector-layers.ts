import type { LayerDef } from '../layers/types.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A colour with its opacity (0–1). */
export interface VectorPaint {
  color: string;
  opacity: number;
}

/**
 * One style layer of a plan layer, as the map draws it, with the geometries it draws: polygon
 * fill, an outline or a line (width, dash, caps), or point circles. Sizes in the map's CSS pixels.
 */
export type VectorPass =
  | { kind: 'fill'; paint: VectorPaint; shapes: (GeoJSON.Polygon | GeoJSON.MultiPolygon)[] }
  | {
      kind: 'stroke';
      paint: VectorPaint;
      widthCssPx: number;
      /** Dash and gap lengths in CSS pixels, or null for a solid line. */
      dashCssPx: readonly number[] | null;
      /** MapLibre's line-cap and line-join: butt and miter for outlines, round for lines. */
      round: boolean;
      shapes: (
        | GeoJSON.LineString
        | GeoJSON.MultiLineString
        | GeoJSON.Polygon
        | GeoJSON.MultiPolygon
      )[];
    }
  | {
      kind: 'circle';
      paint: VectorPaint;
      radiusCssPx: number;
      /** A white ring outside the radius, as the map's circle-stroke. */
      ringCssPx: number;
      shapes: (GeoJSON.Point | GeoJSON.MultiPoint)[];
    };

/** A plan layer to draw as paths: its registry id and its passes, bottom first. */
export interface VectorLayer {
  id: string;
  passes: VectorPass[];
}

type Shape = GeoJSON.Geometry;
const isPolygon = (g: Shape): g is GeoJSON.Polygon | GeoJSON.MultiPolygon =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Shape): g is GeoJSON.LineString | GeoJSON.MultiLineString =>
  g.type === 'LineString' || g.type === 'MultiLineString';
const isPoint = (g: Shape): g is GeoJSON.Point | GeoJSON.MultiPoint =>
  g.type === 'Point' || g.type === 'MultiPoint';

/**
 * A plan layer's features as the passes the map draws them with (`map/layerStyle.ts`): fill,
 * outline, line and circle, in that order, each split in solid and dashed when the layer is
 * dashed by a property. `collection` holds the features that pass the planner's filter; only the
 * geometries travel on (not the properties), so the figure worker gets no more than it draws.
 */
export function vectorLayerOf(
  layer: LayerDef,
  collection: GeoJSON.FeatureCollection,
  opacity: number,
): VectorLayer {
  const { style } = layer;
  const { dashWhen } = style;
  const solid: Shape[] = [];
  const dashed: Shape[] = [];
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    const value = dashWhen ? feature.properties?.[dashWhen.property] : undefined;
    const isDashed = dashWhen?.equals.includes(String(value)) === true;
    (isDashed ? dashed : solid).push(feature.geometry);
  }
  const all = [...solid, ...dashed];
  const width = style.lineWidthPx;
  const dashOf = (dash: readonly number[] | undefined) =>
    dash ? dash.map((d) => d * width) : null;
  const line = { color: style.color, opacity };
  const strokes = (shapes: (g: Shape) => boolean, round: boolean): VectorPass[] =>
    [
      { shapes: solid.filter(shapes), dash: dashOf(style.lineDash) },
      { shapes: dashed.filter(shapes), dash: dashOf(dashWhen?.dash) },
    ]
      .filter((part) => part.shapes.length > 0)
      .map((part) => ({
        kind: 'stroke',
        paint: line,
        widthCssPx: width,
        dashCssPx: part.dash,
        round,
        shapes: part.shapes as (GeoJSON.LineString | GeoJSON.Polygon)[],
      }));
  const passes: VectorPass[] = [];
  // As the map: a layer draws only the kinds of geometry it declares.
  const declares = (kind: string) => layer.geometryTypes.some((g) => g.endsWith(kind));
  const polygons = declares('Polygon') ? all.filter(isPolygon) : [];
  if (polygons.length > 0) {
    const fillOpacity = (style.fillOpacity ?? 0.2) * opacity;
    passes.push({
      kind: 'fill',
      paint: { color: style.fillColor ?? style.color, opacity: fillOpacity },
      shapes: polygons,
    });
    passes.push(...strokes(isPolygon, false));
  }
  if (declares('LineString')) passes.push(...strokes(isLine, true));
  const points = declares('Point') ? all.filter(isPoint) : [];
  if (points.length > 0) {
    passes.push({
      kind: 'circle',
      paint: { color: style.fillColor ?? style.color, opacity },
      radiusCssPx: style.circleRadiusPx ?? 4,
      ringCssPx: 1,
      shapes: points,
    });
  }
  return { id: layer.id, passes };
}

/**
 * The shown plan layers to draw as paths, bottom first: those from bundled or planners' GeoJSON
 * (a layer served as vector tiles stays in the picture), with the features that pass the
 * planner's filter and each layer's opacity.
 */
export function planVectorLayers(
  shownTopFirst: readonly LayerDef[],
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>,
  opacity: Readonly<Record<string, number>>,
): VectorLayer[] {
  return [...shownTopFirst]
    .reverse()
    .filter((layer) => layer.source.kind === 'geojson')
    .map((layer) => vectorLayerOf(layer, collections[layer.id] ?? EMPTY, opacity[layer.id] ?? 1));
}
