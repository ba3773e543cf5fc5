import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { withoutSmallZoneLabels } from '../../src/map/figure/smallZoneLabels.ts';
import { FEATURE_KEY } from '../../src/map/sourceData.ts';
import { squareZone } from './support/squareZone.ts';

/** Zones keyed as the map keys them: `parcels` of 100 m and `districts` of 5 km. */
function zones(parcels: number, districts: number, status = 'planned'): GeoJSON.FeatureCollection {
  const features = [
    ...Array.from({ length: parcels }, (_, i) =>
      squareZone(`p${i}`, 105.5 + i * 0.003, 21.2, 0.001, { [FEATURE_KEY]: `p${i}`, status }),
    ),
    ...Array.from({ length: districts }, (_, i) =>
      squareZone(`d${i}`, 105.5 + i * 0.06, 21.3, 0.05, { [FEATURE_KEY]: `d${i}`, status }),
    ),
  ];
  return { type: 'FeatureCollection', features };
}

function label(id: string, source: string, extra: Partial<SymbolLayerSpecification> = {}) {
  return {
    id,
    type: 'symbol',
    source,
    minzoom: 10,
    layout: { 'text-field': ['get', 'name'] },
    ...extra,
  } as SymbolLayerSpecification;
}

function styleWith(
  sources: Record<string, GeoJSON.FeatureCollection | string>,
  layers: SymbolLayerSpecification[],
): StyleSpecification {
  return {
    version: 8,
    sources: Object.fromEntries(
      Object.entries(sources).map(([id, data]) => [id, { type: 'geojson', data }]),
    ),
    layers,
  };
}

const filterOf = (style: StyleSpecification, id: string) =>
  (style.layers.find((layer) => layer.id === id) as SymbolLayerSpecification).filter;

describe("the figure's style without the labels of zones too small for them", () => {
  it('is the style given, untouched, when every zone can carry its label', () => {
    const style = styleWith({ zones: zones(0, 3) }, [label('zones:label', 'zones')]);
    const room = withoutSmallZoneLabels(style, 10.4);
    expect(room.leftOut).toBe(0);
    expect(room.style).toBe(style);
  });

  it('counts the small zones of every chunk and filters them out of each chunk by key', () => {
    const style = styleWith({ zones: zones(3, 2), 'zones~1': zones(4, 0) }, [
      label('zones:label', 'zones'),
      label('zones:label~1', 'zones~1'),
    ]);
    const room = withoutSmallZoneLabels(style, 10.4);
    expect(room.leftOut).toBe(7);
    // The shorter list goes in the filter: the two districts kept; none at all in chunk 1.
    expect(filterOf(room.style, 'zones:label')).toEqual([
      'match',
      ['get', FEATURE_KEY],
      ['d0', 'd1'],
      true,
      false,
    ]);
    expect(filterOf(room.style, 'zones:label~1')).toBe(false);
    // Zoomed in, a parcel is large enough for its label.
    expect(withoutSmallZoneLabels(style, 12.6).leftOut).toBe(0);
  });

  it("counts only the small zones in the figure's area, and leaves out the others' labels too", () => {
    const style = styleWith({ zones: zones(6, 0) }, [label('zones:label', 'zones')]);
    // The parcels lie 0.003° apart from 105.5°E: the area holds the first three.
    const frame = { west: (180 + 105.49) / 360, east: (180 + 105.507) / 360, north: 0, south: 1 };
    const room = withoutSmallZoneLabels(style, 10.4, frame);
    expect(room.leftOut).toBe(3);
    expect(filterOf(room.style, 'zones:label')).toBe(false);
  });

  it("keeps the layer's own filter and counts only the zones it shows", () => {
    const data = zones(3, 4);
    data.features[0]!.properties!.status = 'operating';
    const planned: SymbolLayerSpecification['filter'] = ['==', ['get', 'status'], 'planned'];
    const style = styleWith({ zones: data }, [label('zones:label', 'zones', { filter: planned })]);
    const room = withoutSmallZoneLabels(style, 10.4);
    expect(room.leftOut).toBe(2);
    expect(filterOf(room.style, 'zones:label')).toEqual([
      'all',
      planned,
      ['match', ['get', FEATURE_KEY], ['p1', 'p2'], false, true],
    ]);
  });

  it('leaves alone layers not drawn at the zoom, hidden, not plan labels, or read from a URL', () => {
    const style = styleWith({ zones: zones(5, 0), file: 'blob:zones' }, [
      label('zones:label', 'zones', { minzoom: 11 }),
      label('hidden:label', 'zones', { layout: { visibility: 'none' } }),
      label('analysis-labels', 'zones'),
      label('imported:label', 'file'),
    ]);
    const room = withoutSmallZoneLabels(style, 10.4);
    expect(room.leftOut).toBe(0);
    expect(room.style).toBe(style);
  });
});
