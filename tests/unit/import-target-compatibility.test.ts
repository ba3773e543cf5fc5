import { describe, expect, it } from 'vitest';
import { incompatibilityText } from '../../src/core/i18n/importTargetMessages.ts';
import { shapeOfFeatures } from '../../src/core/import/file-shape.ts';
import { targetIncompatibility } from '../../src/core/import/target-compatibility.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { userLayerToLayerDef } from '../../src/core/layers/userLayer.ts';

const point = (properties: Record<string, unknown> = {}): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [105.7, 21.2] },
});
const line: GeoJSON.Feature = {
  type: 'Feature',
  properties: { name: 'Đê' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [105.6, 21.2],
      [105.7, 21.25],
    ],
  },
};
const stations = getLayer('monitoring-stations')!;
const dykes = getLayer('dykes')!;

describe('which layers an import may land in', () => {
  it('takes a file of points with its own properties into a layer of points', () => {
    const shape = shapeOfFeatures([point({ name: 'Trạm A', ten_cu: 'x' }), point()]);
    expect(targetIncompatibility(stations, shape)).toBeUndefined();
  });

  it('takes Multi forms and null geometries where the layer holds the kind', () => {
    const multi: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: [[105.7, 21.2]] },
    };
    const empty = { type: 'Feature', properties: {}, geometry: null } as unknown as GeoJSON.Feature;
    expect(targetIncompatibility(stations, shapeOfFeatures([multi, empty]))).toBeUndefined();
  });

  it('refuses a layer of lines for a file with points, naming both', () => {
    const why = targetIncompatibility(dykes, shapeOfFeatures([point(), line]));
    expect(why).toEqual({
      reason: 'geometry',
      layerKinds: ['LineString', 'MultiLineString'],
      foreignKinds: ['Point'],
    });
    expect(incompatibilityText('en', why!)).toBe('holds lines; the file has points');
    expect(incompatibilityText('vi', why!)).toBe('lớp chứa đường; tệp có điểm');
  });

  it('refuses a layer whose schema asks another kind of value than the file gives', () => {
    const shape = shapeOfFeatures([point({ accuracy_m: 5 }), point({ accuracy_m: '5 m' })]);
    const why = targetIncompatibility(stations, shape);
    expect(why).toEqual({
      reason: 'property',
      key: 'accuracy_m',
      expected: 'number',
      found: 'string',
    });
    expect(incompatibilityText('en', why!)).toBe(
      '“accuracy_m” must be a number; the file has text',
    );
    expect(incompatibilityText('vi', why!)).toBe('“accuracy_m” phải là số; tệp có chuỗi');
  });

  it("checks a planner's own fields, and a list of texts against string[]", () => {
    const own = userLayerToLayerDef({
      id: 'user-1',
      name: 'Giếng',
      geometryType: 'Point',
      color: '#4e79a7',
      fields: [{ name: 'depth_m', type: 'number', required: true }],
    });
    expect(targetIncompatibility(own, shapeOfFeatures([point({ depth_m: 12 })]))).toBeUndefined();
    expect(targetIncompatibility(own, shapeOfFeatures([point({ depth_m: true })]))).toMatchObject({
      reason: 'property',
      key: 'depth_m',
      found: 'boolean',
    });
    const listed = shapeOfFeatures([point({ parameters: ['PM2.5', 'NO2'] })]);
    expect(targetIncompatibility(stations, listed)).toBeUndefined();
    const notListed = shapeOfFeatures([point({ parameters: [1, 2] })]);
    expect(targetIncompatibility(stations, notListed)).toMatchObject({ found: 'other' });
  });

  it('leaves missing required properties and values outside a list to the warnings', () => {
    const shape = shapeOfFeatures([point({ accuracy: 'guessed', name: null })]);
    expect(targetIncompatibility(stations, shape)).toBeUndefined();
  });

  it('refuses a read-only layer whatever the file', () => {
    const why = targetIncompatibility(getLayer('boundaries')!, shapeOfFeatures([line]));
    expect(why).toEqual({ reason: 'read-only' });
    expect(incompatibilityText('en', why!)).toBe('read-only');
  });
});
