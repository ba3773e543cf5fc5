import { describe, expect, it } from 'vitest';
import { layerEditability } from '../../src/core/layers/editability.ts';
import { getLayer, LAYERS } from '../../src/core/layers/registry.ts';
import { type UserLayerDef, userLayerToLayerDef } from '../../src/core/layers/userLayer.ts';
import { validateObject } from '../../src/core/validate/validate.ts';

describe('which layers are editable', () => {
  it('keeps the 2019 boundaries read-only, saying why in both languages', () => {
    const boundaries = layerEditability(getLayer('boundaries')!);
    expect(boundaries.editable).toBe(false);
    if (!boundaries.editable) {
      expect(boundaries.reason.vi).toContain('2019');
      expect(boundaries.reason.en).toContain('1 July 2025');
    }
  });

  it('lets planners edit the other registry layers', () => {
    const editable = LAYERS.filter((layer) => layerEditability(layer).editable).map((l) => l.id);
    expect(editable).toContain('industrial-zones');
    expect(editable).not.toContain('boundaries');
    expect(editable.length).toBe(LAYERS.length - 1);
  });
});

describe("a planner's own layer", () => {
  const def: UserLayerDef = {
    id: 'user-kcn-moi',
    name: 'KCN đề xuất',
    geometryType: 'Polygon',
    color: '#d9480f',
  };

  it('becomes a registry-shaped, editable layer drawn in its colour', () => {
    const layer = userLayerToLayerDef(def);
    expect(layer).toMatchObject({
      id: 'user-kcn-moi',
      title: { vi: 'KCN đề xuất', en: 'KCN đề xuất' },
      geometryTypes: ['Polygon', 'MultiPolygon'],
      style: { color: '#d9480f' },
      visibleByDefault: true,
    });
    expect(layerEditability(layer).editable).toBe(true);
    expect(Math.max(...LAYERS.map((l) => l.order))).toBeLessThan(layer.order);
  });

  it('is checked by the validator like any layer (schema and geometry type)', () => {
    const layer = userLayerToLayerDef(def);
    const point = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'p',
          properties: { name: 'x' },
          geometry: { type: 'Point', coordinates: [105.7, 21.1] },
        },
      ],
    };
    const codes = validateObject(point, { fileName: 'user-kcn-moi.geojson', layer }).findings.map(
      (f) => f.code,
    );
    expect(codes).toContain('property-missing');
    expect(codes).toContain('geometry-type-not-allowed');
  });
});
