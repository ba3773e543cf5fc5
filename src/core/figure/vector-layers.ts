import type { LayerDef } from '../layers/types.ts';
import { type PackedShapes, packedBuffers, ShapePacker } from './packed-shapes.ts';

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
  | { kind: 'fill'; paint: VectorPaint; shapes: PackedShapes }
  | {
      kind: 'stroke';
      paint: VectorPaint;
      widthCssPx: number;
      /** Dash and gap lengths in CSS pixels, or null for a solid line. */
      dashCssPx: readonly number[] | null;
      /** MapLibre's line-cap and line-join: butt and miter for outlines, round for lines. */
      round: boolean;
      /** Polygon outlines (closed rings) rather than lines. */
      closed: boolean;
      shapes: PackedShapes;
    }
  | {
      kind: 'circle';
      paint: VectorPaint;
      radiusCssPx: number;
      /** A white ring outside the radius, as the map's circle-stroke. */
      ringCssPx: number;
      /** Positions only. */
      shapes: PackedShapes;
    };

/** A plan layer to draw as paths: its registry id and its passes, bottom first. */
export interface VectorLayer {
  id: string;
  passes: VectorPass[];
}

type Shape = GeoJSON.Geometry;

const polygonsOf = (g: Shape) =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
const linesOf = (g: Shape) =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
const pointsOf = (g: Shape) =>
  g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];

/** The polygons and the lines of some geometries, packed apart. */
function packByKind(shapes: readonly Shape[]) {
  const polygons = new ShapePacker();
  const lines = new ShapePacker();
  for (const shape of shapes) {
    for (const polygon of polygonsOf(shape)) polygons.polygon(polygon);
    for (const line of linesOf(shape)) lines.path(line);
  }
  return { polygons, lines };
}

/**
 * A plan layer's features as the passes the map draws them with (`map/layerStyle.ts`): fill,
 * outline, line and circle, in that order, each split in solid and dashed when the layer is
 * dashed by a property. `collection` holds the features that pass the planner's filter; only the
 * positions travel on, packed (not the properties), so the figure worker gets what it draws.
 */
export function vectorLayerOf(
  layer: LayerDef,
  collection: GeoJSON.FeatureCollection,
  opacity: number,
): VectorLayer {
  const { style } = layer;
  const { dashWhen } = style;
  const solidShapes: Shape[] = [];
  const dashedShapes: Shape[] = [];
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    const value = dashWhen ? feature.properties?.[dashWhen.property] : undefined;
    const isDashed = dashWhen?.equals.includes(String(value)) === true;
    (isDashed ? dashedShapes : solidShapes).push(feature.geometry);
  }
  const solid = packByKind(solidShapes);
  const dashed = packByKind(dashedShapes);
  const width = style.lineWidthPx;
  const dashOf = (dash: readonly number[] | undefined) =>
    dash ? dash.map((d) => d * width) : null;
  const line = { color: style.color, opacity };
  const strokes = (kind: 'polygons' | 'lines'): VectorPass[] =>
    [
      { packer: solid[kind], dash: dashOf(style.lineDash) },
      { packer: dashed[kind], dash: dashOf(dashWhen?.dash) },
    ]
      .filter((part) => part.packer.size > 0)
      .map((part) => ({
        kind: 'stroke',
        paint: line,
        widthCssPx: width,
        dashCssPx: part.dash,
        round: kind === 'lines',
        closed: kind === 'polygons',
        shapes: part.packer.pack(),
      }));
  const passes: VectorPass[] = [];
  // As the map: a layer draws only the kinds of geometry it declares.
  const declares = (kind: string) => layer.geometryTypes.some((g) => g.endsWith(kind));
  if (declares('Polygon') && solid.polygons.size + dashed.polygons.size > 0) {
    // One layer of solid outlines (the usual case) fills the same packed polygons it outlines.
    const outlines = strokes('polygons');
    const only = outlines.length === 1 && dashed.polygons.size === 0 ? outlines[0] : undefined;
    let shapes = only?.shapes;
    if (!shapes) {
      const all = new ShapePacker();
      for (const shape of [...solidShapes, ...dashedShapes])
        for (const polygon of polygonsOf(shape)) all.polygon(polygon);
      shapes = all.pack();
    }
    const fillOpacity = (style.fillOpacity ?? 0.2) * opacity;
    passes.push({
      kind: 'fill',
      paint: { color: style.fillColor ?? style.color, opacity: fillOpacity },
      shapes,
    });
    passes.push(...outlines);
  }
  if (declares('LineString')) passes.push(...strokes('lines'));
  const points = new ShapePacker();
  for (const shape of [...solidShapes, ...dashedShapes])
    for (const point of pointsOf(shape)) points.position(point);
  if (declares('Point') && points.size > 0) {
    passes.push({
      kind: 'circle',
      paint: { color: style.fillColor ?? style.color, opacity },
      radiusCssPx: style.circleRadiusPx ?? 4,
      ringCssPx: 1,
      shapes: points.pack(),
    });
  }
  return { id: layer.id, passes };
}

/** The buffers of the layers' packed shapes, to transfer to the figure worker. */
export function vectorLayerBuffers(layers: readonly VectorLayer[]): ArrayBuffer[] {
  // A fill and its outline may share their shapes: each buffer once.
  const buffers = layers.flatMap((layer) =>
    layer.passes.flatMap((pass) => packedBuffers(pass.shapes)),
  );
  return [...new Set(buffers)];
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
