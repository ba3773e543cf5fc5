import { withCommon } from '../layers/schema.ts';
import type { LayerDef } from '../layers/types.ts';

/** Where an imported file's features go: an existing layer, or a new layer of the planner's. */
export type ImportTarget = { kind: 'layer'; layerId: string } | { kind: 'new' };

/** The formats whose drop lands in a new layer by default (a GeoJSON drop too: see below). */
export const NEW_LAYER_TARGET: ImportTarget = { kind: 'new' };

/**
 * What a file bound for a new layer is checked against: every geometry kind (the features are
 * then split by kind, a planner's layer holding one) and the common provenance properties,
 * whose gaps are warnings.
 */
export const NEW_LAYER_CHECK: LayerDef = {
  id: 'new-layer',
  title: { vi: 'Lớp mới', en: 'New layer' },
  description: { vi: 'Lớp mới từ tệp nhập', en: 'A new layer from an imported file' },
  geometryTypes: [
    'Point',
    'MultiPoint',
    'LineString',
    'MultiLineString',
    'Polygon',
    'MultiPolygon',
  ],
  properties: withCommon({}),
  style: { color: '#000000', lineWidthPx: 1 },
  order: 0,
  source: { kind: 'geojson', file: 'new-layer.geojson' },
  visibleByDefault: true,
  editable: true,
};

/** A file's name without its folder and its last extension ("Tuyến đê.kml" → "Tuyến đê"). */
export function layerNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const name = (dot > 0 ? base.slice(0, dot) : base).trim();
  return name || base;
}
