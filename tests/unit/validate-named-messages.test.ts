import { describe, expect, it } from 'vitest';
import { validateFeature } from '../../src/core/document/index.ts';
import { NEW_LAYER_CHECK } from '../../src/core/import/import-target.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { userLayerToLayerDef } from '../../src/core/layers/userLayer.ts';
import { validateObject } from '../../src/core/validate/validate.ts';

const zones = getLayer('industrial-zones')!;
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [105.7, 21.1],
      [105.72, 21.1],
      [105.72, 21.12],
      [105.7, 21.12],
      [105.7, 21.1],
    ],
  ],
};
const zoneWith = (properties: Record<string, unknown>): GeoJSON.Feature => ({
  type: 'Feature',
  id: 'iz-test',
  properties,
  geometry: square,
});

describe('validator messages name layers and properties in the UI language', () => {
  it('says the layer title and the property label, in Vietnamese with no English words', () => {
    const findings = validateFeature(zones, zoneWith({ name: 'KCN thử' }), new Set(), 'vi');
    const missing = findings.find((f) => f.property === 'name_en');
    expect(missing?.message).toBe(
      'lớp "Khu công nghiệp" bắt buộc có thuộc tính "Tên tiếng Anh" (name_en)',
    );
  });

  it('says the same in English', () => {
    const findings = validateFeature(zones, zoneWith({ name: 'KCN thử' }), new Set(), 'en');
    const missing = findings.find((f) => f.property === 'name_en');
    expect(missing?.message).toBe(
      'the layer "Industrial zones" requires the property "English name" (name_en)',
    );
  });

  it('names a planner’s layer by its title, never its user-… id', () => {
    const own = userLayerToLayerDef({
      id: 'user-abc123',
      name: 'Giếng khoan',
      nameEn: 'Wells',
      geometryType: 'Polygon',
      color: '#d9480f',
      fields: [{ name: 'depth_m', type: 'number', required: true }],
    });
    const findings = validateFeature(own, zoneWith({ name: 'G1' }), new Set(), 'vi');
    const messages = findings.map((f) => f.message).join('\n');
    expect(messages).toContain('lớp "Giếng khoan" bắt buộc có thuộc tính "depth_m"');
    expect(messages).not.toContain('user-abc123');
  });

  it('words a wrong type without the schema’s English description in Vietnamese', () => {
    const properties = { name: 'KCN', name_en: 'Zone', source: 's', accuracy: 'indicative' };
    const findings = validateFeature(
      zones,
      zoneWith({ ...properties, accuracy_m: 'khoảng 5' }),
      new Set(),
      'vi',
    );
    const wrong = findings.find((f) => f.property === 'accuracy_m');
    expect(wrong?.message).toMatch(/^"Sai số vị trí" \(accuracy_m\) phải là một số, nhưng thấy/);
  });

  it('calls the import’s check layer "Lớp mới" rather than new-layer', () => {
    const result = validateObject(
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: square }],
      },
      { fileName: 'points.geojson', layer: NEW_LAYER_CHECK, lang: 'vi' },
    );
    const messages = result.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('đối tượng của lớp "Lớp mới" cần một "id"');
    expect(messages).not.toContain('new-layer');
  });
});
