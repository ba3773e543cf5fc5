import { describe, expect, it } from 'vitest';
import { featureKey, findByKey } from '../../src/core/document/featureKey.ts';
import { accuracyText, featureName } from '../../src/core/format/featureText.ts';
import { formatArea, formatLength, propertyText } from '../../src/core/format/propertyText.ts';
import { collectionBBox } from '../../src/core/geometry/bbox.ts';

describe('property text', () => {
  it('keeps markup as the characters it is made of', () => {
    expect(propertyText('<img src=x onerror=alert(1)>', 'vi')).toBe('<img src=x onerror=alert(1)>');
  });

  it('writes arrays as a list and numbers in the reader’s locale', () => {
    expect(propertyText(['Honda', 'Piaggio'], 'en')).toBe('Honda, Piaggio');
    expect(propertyText(1234.5, 'vi')).toBe('1.234,5');
    expect(propertyText(1234.5, 'en')).toBe('1,234.5');
    expect(propertyText(null, 'en')).toBe('—');
    expect(propertyText([], 'en')).toBe('—');
  });

  it('gives lengths in m or km and areas in ha', () => {
    expect(formatLength(950, 'en')).toBe('950 m');
    expect(formatLength(5487, 'en')).toBe('5.487 km');
    expect(formatArea(2_214_600, 'en')).toBe('221.46 ha');
    expect(formatArea(143_800_000, 'en')).toBe('14,380 ha (143.8 km²)');
  });
});

describe('feature keys', () => {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'iz-a',
        properties: {},
        geometry: { type: 'Point', coordinates: [105.6, 21.2] },
      },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105.7, 21.3] } },
    ],
  };

  it('names a feature by its id, or by its index when it has none', () => {
    expect(featureKey(collection.features[0]!, 0)).toBe('iz-a');
    expect(featureKey(collection.features[1]!, 1)).toBe('#1');
    expect(findByKey(collection, 'iz-a')).toBe(collection.features[0]);
    expect(findByKey(collection, '#1')).toBe(collection.features[1]);
    expect(findByKey(collection, 'missing')).toBeUndefined();
  });

  it('bounds a collection', () => {
    expect(collectionBBox(collection)).toEqual([105.6, 21.2, 105.7, 21.3]);
    expect(collectionBBox({ type: 'FeatureCollection', features: [] })).toBeUndefined();
  });
});

describe('feature text', () => {
  const props = {
    name: 'KCN Khai Quang',
    name_en: 'Khai Quang IZ',
    accuracy: 'indicative',
    accuracy_m: 300,
  };

  it('names a feature in the reader’s language, English falling back to Vietnamese', () => {
    expect(featureName(props, 'en')).toBe('Khai Quang IZ');
    expect(featureName(props, 'vi')).toBe('KCN Khai Quang');
    expect(featureName({ name: 'Mê Linh' }, 'en')).toBe('Mê Linh');
  });

  it('says how accurate the geometry is, in words', () => {
    expect(accuracyText(props, 'en')).toBe('indicative (error about 300 m)');
    expect(accuracyText({ accuracy: 'by eye' }, 'en')).toBe('by eye');
  });
});
