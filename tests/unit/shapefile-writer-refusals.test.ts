import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/core/formats/format-error.ts';
import { shapefileFiles } from '../../src/core/formats/serialize-shapefile.ts';

const layerOf = (geometry: Geometry | null, id?: string): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'kênh' },
      geometry: { type: 'Point', coordinates: [105.6, 21.3] },
    },
    { type: 'Feature', ...(id && { id }), properties: { name: 'ô' }, geometry } as Feature,
  ],
});

function refusal(geometry: Geometry | null, id?: string): FormatError {
  try {
    shapefileFiles(layerOf(geometry, id));
  } catch (error) {
    return error as FormatError;
  }
  throw new Error('written without complaint');
}

describe('a Shapefile export refuses what no record can hold, naming the feature', () => {
  it.each<[string, Geometry]>([
    ['Polygon', { type: 'Polygon', coordinates: [] }],
    ['Polygon', { type: 'Polygon', coordinates: [[]] }],
    ['LineString', { type: 'LineString', coordinates: [] }],
    ['MultiPolygon', { type: 'MultiPolygon', coordinates: [[[]]] }],
  ])('an empty %s', (type, geometry) => {
    const error = refusal(geometry, 'z-7');
    expect(error).toBeInstanceOf(FormatError);
    expect(error.code).toBe('no-coordinates');
    expect(error.message).toBe(
      `feature 1 (id z-7): an empty ${type} has nothing a Shapefile record can hold`,
    );
  });

  it('a position that is not two finite numbers (an empty Point once reprojected)', () => {
    const error = refusal({ type: 'Point', coordinates: [] });
    expect(error.code).toBe('no-coordinates');
    expect(error.message).toBe(
      'feature 1: a Point position is not two finite numbers ([NaN, NaN])',
    );
  });

  it('a missing geometry, as before', () => {
    const error = refusal(null);
    expect(error.code).toBe('unsupported-geometry');
    expect(error.message).toBe('feature 1: a Shapefile cannot hold a missing geometry');
  });

  it('a geometry collection, as before', () => {
    const error = refusal({ type: 'GeometryCollection', geometries: [] });
    expect(error.code).toBe('unsupported-geometry');
    expect(error.message).toContain('cannot hold a GeometryCollection geometry');
  });
});
