import { describe, expect, it } from 'vitest';
import {
  DocumentStore,
  editPropertiesPatch,
  type LayerState,
  layerFromCollection,
} from '../../src/core/document/index.ts';
import { filterKeys, sortKeys } from '../../src/core/schema-form/index.ts';

function district(id: string, name: string, area?: number): GeoJSON.Feature {
  const properties: Record<string, unknown> = { name, kind: 'district' };
  if (area !== undefined) properties.area_km2 = area;
  return {
    type: 'Feature',
    id,
    properties,
    geometry: { type: 'Point', coordinates: [105.7, 21.1] },
  };
}

const layer: LayerState = layerFromCollection(
  {
    type: 'FeatureCollection',
    features: [
      district('ss', 'Sóc Sơn', 306),
      district('da', 'Đông Anh', 185),
      district('ml', 'Mê Linh'),
      district('dl', 'Diệu Lương', 12),
      district('bx', 'Bình Xuyên', 145),
    ],
  },
  1,
);

describe('the attribute table kernel', () => {
  it('sorts names in Vietnamese order (Đ after D), missing values last', () => {
    expect(sortKeys(layer, layer.order, 'name', 'ascending', 'vi')).toEqual([
      'bx',
      'dl',
      'da',
      'ml',
      'ss',
    ]);
  });

  it('sorts numbers by value both ways, features without the value last', () => {
    expect(sortKeys(layer, layer.order, 'area_km2', 'ascending', 'en')).toEqual([
      'dl',
      'bx',
      'da',
      'ss',
      'ml',
    ]);
    expect(sortKeys(layer, layer.order, 'area_km2', 'descending', 'en')).toEqual([
      'ss',
      'da',
      'bx',
      'dl',
      'ml',
    ]);
  });

  it('filters ignoring case and diacritics, every word', () => {
    expect(filterKeys(layer, layer.order, 'dong anh')).toEqual(['da']);
    expect(filterKeys(layer, layer.order, 'SƠN')).toEqual(['ss']);
    expect(filterKeys(layer, layer.order, 'district linh')).toEqual(['ml']);
    expect(filterKeys(layer, layer.order, '  ')).toEqual(layer.order);
  });
});

describe('editPropertiesPatch', () => {
  it('edits one field for many rows as one undo step, keeping each property in its place', () => {
    const store = new DocumentStore();
    store.loadLayer('d', {
      type: 'FeatureCollection',
      features: layer.order.map((k) => layer.features.get(k)!),
    });
    store.apply(
      editPropertiesPatch(store.getSnapshot(), 'd', ['ss', 'da', 'nope'], {
        kind: 'former-district',
      }),
    );
    const edited = store.getSnapshot().layers.get('d')!;
    expect(Object.keys(edited.features.get('ss')!.properties!)).toEqual([
      'name',
      'kind',
      'area_km2',
    ]);
    expect(edited.features.get('da')!.properties!.kind).toBe('former-district');
    expect(edited.features.get('ml')).toBe(layer.features.get('ml'));
    store.undo();
    expect(store.getSnapshot().layers.get('d')!.features.get('ss')!.properties!.kind).toBe(
      'district',
    );
  });

  it('removes a property set to undefined and skips features left as they were', () => {
    const doc = { layers: new Map([['d', layer]]), clock: 1 };
    const patch = editPropertiesPatch(doc, 'd', ['ss', 'ml'], { area_km2: undefined });
    expect(patch.put.map((op) => op.key)).toEqual(['ss']);
    expect(patch.put[0]!.feature.properties).toEqual({ name: 'Sóc Sơn', kind: 'district' });
  });
});
