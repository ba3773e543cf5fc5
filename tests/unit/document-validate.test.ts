import { describe, expect, it } from 'vitest';
import { validateFeature } from '../../src/core/document/index.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

const zones = getLayer('industrial-zones')!;
const roads = getLayer('ring-road-5')!;

const PROPERTIES = {
  name: 'KCN thử',
  name_en: 'Test zone',
  source: 'vẽ trên bản đồ',
  accuracy: 'indicative',
  accuracy_m: 500,
};

function zone(
  coordinates: number[][][],
  properties: Record<string, unknown> = PROPERTIES,
): GeoJSON.Feature {
  return { type: 'Feature', id: 'iz-test', properties, geometry: { type: 'Polygon', coordinates } };
}

const SQUARE = [
  [105.7, 21.1],
  [105.72, 21.1],
  [105.72, 21.12],
  [105.7, 21.12],
  [105.7, 21.1],
];

describe('validateFeature', () => {
  it('finds nothing wrong with a good zone', () => {
    expect(
      validateFeature(zones, zone([SQUARE]), new Set()).filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });

  it('puts a self-intersection on the offending vertex', () => {
    const crossed = [
      [105.7, 21.1],
      [105.74, 21.1],
      [105.74, 21.14],
      [105.71, 21.12],
      [105.73, 21.12],
      [105.7, 21.13],
      [105.7, 21.1],
    ];
    const [finding] = validateFeature(zones, zone([crossed]), new Set());
    expect(finding).toMatchObject({
      code: 'ring-self-intersection',
      path: 'geometry.coordinates[0][2]',
    });
    expect(finding!.position).toEqual([105.74, 21.14]);
  });

  it('marks a missing required property on its field, the feature kept', () => {
    const { accuracy_m: _, ...without } = PROPERTIES;
    const findings = validateFeature(zones, zone([SQUARE], without), new Set());
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'property-missing',
        property: 'accuracy_m',
        position: [105.7, 21.1],
      }),
    );
  });

  it('finds a line with one position and a point far outside the region', () => {
    const line: GeoJSON.Feature = {
      type: 'Feature',
      id: 'r',
      properties: PROPERTIES,
      geometry: { type: 'LineString', coordinates: [[105.7, 21.1]] },
    };
    expect(validateFeature(roads, line, new Set()).map((f) => f.code)).toContain(
      'line-too-few-positions',
    );
    const swapped = zone([SQUARE.map(([lon, lat]) => [lat!, lon!])]);
    const far = validateFeature(zones, swapped, new Set());
    expect(far.some((f) => f.code === 'coordinates-swapped' && f.position?.[0] === 21.1)).toBe(
      true,
    );
  });

  it('finds an id another feature of the project already uses, in the planner’s language', () => {
    const findings = validateFeature(zones, zone([SQUARE]), new Set(['iz-test']), 'vi');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'duplicate-id',
        message: 'mã "iz-test" đã được dùng cho một đối tượng khác',
      }),
    );
  });
});
