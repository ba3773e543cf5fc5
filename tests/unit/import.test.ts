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

  it('reads VN-2000 / TM-3 105° metres once told to, landing where PROJ does', () => {
    // Mê Linh seat: WGS 84 [105.7191, 21.1846] = EPSG:5897 E 574 470.6, N 2 343 558.5 (PROJ 9.1.1).
    const file = text(point('s', [574_470.6, 2_343_558.5]));
    const asWgs84 = importFeatures(file, 'vn2000.geojson', stations, new Set());
    expect(asWgs84.accepted).toBe(false);
    expect(asWgs84.suggestedCrs).toBe('EPSG:5897');
    const asVn2000 = importFeatures(file, 'vn2000.geojson', stations, new Set(), {
      sourceCrs: 'EPSG:5897',
    });
    expect(asVn2000.accepted).toBe(true);
    const [lon, lat] = (asVn2000.features[0]!.geometry as GeoJSON.Point).coordinates;
    expect(lon).toBeCloseTo(105.7191, 5);
    expect(lat).toBeCloseTo(21.1846, 5);
  });

  it('follows a legacy crs member naming a VN-2000 system', () => {
    const file = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5897' } },
      features: [point('s', [561_708.6, 2_357_389.2])],
    });
    const outcome = importFeatures(file, 'qgis.geojson', stations, new Set());
    expect(outcome.sourceCrs).toBe('EPSG:5897');
    expect(outcome.accepted).toBe(true);
    expect((outcome.features[0]!.geometry as GeoJSON.Point).coordinates[0]).toBeCloseTo(
      105.5967,
      5,
    );
  });

  it('says when the chosen system puts the file far from the region', () => {
    const outcome = importFeatures(
      text(point('s', [105.7, 21.2])),
      'x.geojson',
      stations,
      new Set(),
      { sourceCrs: 'EPSG:5897' },
    );
    expect(outcome.accepted).toBe(false);
    expect(outcome.suggestedCrs).toBeUndefined();
  });
});
