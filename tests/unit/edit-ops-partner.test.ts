// The toolbar's second operand (the zone clicked for a merge or a subtraction) and the vertex
// counts the simplify panel shows.
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/core/document/index.ts';
import { partnerZone, vertexCount } from '../../src/core/edit-ops/index.ts';

const square = (x: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 21],
      [x + 0.01, 21],
      [x + 0.01, 21.01],
      [x, 21.01],
      [x, 21],
    ],
  ],
});
const feature = (id: string, geometry: GeoJSON.Geometry): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: {},
  geometry,
});

function doc() {
  const store = new DocumentStore();
  store.loadLayer('industrial-zones', {
    type: 'FeatureCollection',
    features: [feature('a', square(105)), feature('b', square(105.005))],
  });
  store.loadLayer('green-corridors', {
    type: 'FeatureCollection',
    features: [feature('g', square(105.002))],
  });
  store.loadLayer('monitoring-stations', {
    type: 'FeatureCollection',
    features: [feature('s', { type: 'Point', coordinates: [105.006, 21.005] })],
  });
  return store.getSnapshot();
}

const A = { layerId: 'industrial-zones', featureKey: 'a' };
const B = { layerId: 'industrial-zones', featureKey: 'b' };
const G = { layerId: 'green-corridors', featureKey: 'g' };
const S = { layerId: 'monitoring-stations', featureKey: 's' };

describe('the zone clicked as the second operand', () => {
  it('merges within the selected zone’s layer: skips itself, points and other layers', () => {
    const partner = partnerZone(doc(), A, [A, S, G, B], 'merge');
    expect(partner).toMatchObject({ layerId: 'industrial-zones', featureKey: 'b' });
  });

  it('subtracts a zone of any layer, the top-most under the click', () => {
    expect(partnerZone(doc(), A, [A, S, G, B], 'subtract')).toMatchObject(G);
  });

  it('refuses a click with no other zone under it, saying what to click', () => {
    const merge = partnerZone(doc(), A, [A, G, S], 'merge');
    expect(merge).toMatchObject({ ok: false, code: 'no-zone-here' });
    expect(partnerZone(doc(), A, [], 'subtract')).toMatchObject({ ok: false });
  });
});

describe('vertex counts', () => {
  it('counts a ring’s vertices without its closing repeat, over holes and parts', () => {
    expect(vertexCount(square(105))).toBe(4);
    const withHole: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [square(105).coordinates[0]!, square(105.002).coordinates[0]!],
    };
    expect(vertexCount(withHole)).toBe(8);
    const parts: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(105).coordinates, square(106).coordinates],
    };
    expect(vertexCount(parts)).toBe(8);
    expect(
      vertexCount({
        type: 'LineString',
        coordinates: [
          [105, 21],
          [105.1, 21],
        ],
      }),
    ).toBe(2);
    expect(vertexCount(null)).toBe(0);
  });
});
