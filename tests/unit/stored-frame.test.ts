import { describe, expect, it } from 'vitest';
import { storedFrameHolds } from '../../src/core/admin-frame/stored-frame.ts';

const square = (west: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 21.18],
      [west + 0.01, 21.18],
      [west + 0.01, 21.19],
      [west, 21.19],
      [west, 21.18],
    ],
  ],
});

const FRAME = {
  districts_2019: ['Huyện Mê Linh'],
  communes_2025: ['Xã Quang Minh'],
  commune_codes_2025: ['08974'],
  provinces_2025: ['Thành phố Hà Nội'],
};

const zone = (geometry: GeoJSON.Geometry, properties: Record<string, unknown> = FRAME) =>
  ({ type: 'Feature', id: 'iz', properties, geometry }) as GeoJSON.Feature;

describe('the frame the data build stored on a bundled feature', () => {
  const bundled = zone(square(105.77));

  it('holds while the geometry is the bundled one (the same object, or an equal copy)', () => {
    expect(storedFrameHolds(bundled, bundled)).toBe(true);
    expect(storedFrameHolds(zone(square(105.77), { ...FRAME, name: 'renamed' }), bundled)).toBe(
      true,
    );
  });

  it('no longer holds once the geometry was edited', () => {
    expect(storedFrameHolds(zone(square(105.8)), bundled)).toBe(false);
  });

  it('is not trusted on a feature that is not bundled (an export read back in)', () => {
    expect(storedFrameHolds(zone(square(105.77)), undefined)).toBe(false);
  });

  it('is absent from a feature without one', () => {
    expect(storedFrameHolds(zone(square(105.77), {}), zone(square(105.77), {}))).toBe(false);
  });
});
