import { describe, expect, it } from 'vitest';
import { pastedTextToGeoJson } from '../../src/core/formats/pasted-text.ts';

const geometries = (text: string) =>
  (JSON.parse(pastedTextToGeoJson(text)!) as GeoJSON.FeatureCollection).features.map(
    (feature) => feature.geometry,
  );

describe('text pasted onto the map', () => {
  it('passes GeoJSON through as written, broken or not, for the validator to place', () => {
    expect(pastedTextToGeoJson('  {"type": "Feature", \n')).toBe('{"type": "Feature",');
  });

  it('reads WKT, one geometry per line', () => {
    expect(geometries('POINT (105.7 21.25)\nLINESTRING(105 21, 106 21)')).toEqual([
      { type: 'Point', coordinates: [105.7, 21.25] },
      {
        type: 'LineString',
        coordinates: [
          [105, 21],
          [106, 21],
        ],
      },
    ]);
  });

  it('reads coordinate pairs, longitude first, as points', () => {
    expect(geometries('105.7, 21.25\n105.8\t21.3\n')).toEqual([
      { type: 'Point', coordinates: [105.7, 21.25] },
      { type: 'Point', coordinates: [105.8, 21.3] },
    ]);
  });

  it('refuses anything else', () => {
    expect(pastedTextToGeoJson('Hà Nội')).toBeUndefined();
    expect(pastedTextToGeoJson('105.7, 21.25\nHà Nội')).toBeUndefined();
    expect(pastedTextToGeoJson('POINT (105.7')).toBeUndefined();
    expect(pastedTextToGeoJson('   ')).toBeUndefined();
  });
});
