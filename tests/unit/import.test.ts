import { describe, expect, it } from 'vitest';
import { importFeatures } from '../../src/core/import/import-features.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

const stations = getLayer('monitoring-stations')!;
const point = (id: string, coordinates: number[], properties: object = { name: id }) => ({
  type: 'Feature',
  id,
  properties,
  geometry: { type: 'Point', coordinates },
});
const text = (...features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('importing features into a layer', () => {
  it('accepts sound geometry and turns the layer schema’s complaints into warnings', () => {
    const outcome = importFeatures(
      text(point('a', [105.7, 21.2])),
      'a.geojson',
      stations,
      new Set(),
    );
    expect(outcome.accepted).toBe(true);
    expect(outcome.features).toHaveLength(1);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings.map((w) => w.path)).toContain('features[0].properties.source');
    expect(outcome.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('rejects the whole file on one structural error, adding nothing', () => {
    const outcome = importFeatures(
      text(point('a', [105.7, 21.2]), point('b', [21.2, 105.7])),
      'b.geojson',
      stations,
      new Set(),
    );
    expect(outcome.accepted).toBe(false);
    expect(outcome.features).toEqual([]);
    expect(outcome.errors[0]?.path).toBe('features[1].geometry.coordinates');
  });

  it('gives the line and column of a JSON syntax error', () => {
    const outcome = importFeatures(
      '{"type": "FeatureCollection",\n "features": [,]}',
      'c.geojson',
      stations,
      new Set(),
    );
    expect(outcome.accepted).toBe(false);
    expect(outcome.errors[0]).toMatchObject({ code: 'json-syntax', line: 2, column: 15 });
  });

  it('refuses ids already on the map', () => {
    const outcome = importFeatures(
      text(point('iz-kim-hoa', [105.7, 21.2])),
      'd.geojson',
      stations,
      new Set(['iz-kim-hoa']),
    );
    expect(outcome.accepted).toBe(false);
    expect(outcome.errors[0]).toMatchObject({ code: 'duplicate-id', path: 'features[0].id' });
  });

  it('takes a lone Feature or a bare geometry as one feature', () => {
    const feature = importFeatures(
      JSON.stringify(point('e', [105.7, 21.2])),
      'e.geojson',
      stations,
      new Set(),
    );
    expect(feature.features).toHaveLength(1);
    const geometry = importFeatures(
      JSON.stringify({ type: 'Point', coordinates: [105.7, 21.2] }),
      'f.geojson',
      stations,
      new Set(),
    );
    expect(geometry.accepted).toBe(true);
    expect(geometry.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [105.7, 21.2] });
  });
});
