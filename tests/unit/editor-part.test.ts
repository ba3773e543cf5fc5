import { describe, expect, it } from 'vitest';
import { editablePart, withPartReplaced } from '../../src/editor/editablePart.ts';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

const zones: GeoJSON.Feature = {
  type: 'Feature',
  id: 'iz',
  properties: { name: 'KCN' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[square(0, 0, 1), square(0.25, 0.25, 0.5)], [square(5, 5, 1)]],
  },
};

describe('editing one piece of a feature', () => {
  it('edits the outer ring of the MultiPolygon part under the click', () => {
    const part = editablePart(zones, { at: [5.5, 5.5] });
    expect(part).toEqual({
      geometry: { type: 'Polygon', coordinates: [square(5, 5, 1)] },
      part: 1,
      ring: 0,
    });
  });

  it('puts the edited ring back, keeping the holes and the other parts', () => {
    const part = editablePart(zones, { at: [0.1, 0.1] })!;
    const moved = square(0, 0, 2);
    const result = withPartReplaced(zones, part, { type: 'Polygon', coordinates: [moved] });
    expect(result.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [[moved, square(0.25, 0.25, 0.5)], [square(5, 5, 1)]],
    });
    expect(result.properties).toBe(zones.properties);
    expect(zones.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1), square(0.25, 0.25, 0.5)], [square(5, 5, 1)]],
    });
  });

  it('has nothing to offer terra-draw for a MultiPoint', () => {
    const feature: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: [[0, 0]] },
    };
    expect(editablePart(feature)).toBeUndefined();
  });
});
