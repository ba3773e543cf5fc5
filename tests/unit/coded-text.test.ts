import { describe, expect, it } from 'vitest';
import { codedValueText, propertyLabel } from '../../src/core/format/codedText.ts';

describe('the inspector’s property names and coded values', () => {
  it('names schema properties in the UI’s language, with their unit', () => {
    expect(propertyLabel('area_ha_declared', 'vi')).toBe('Diện tích công bố (ha)');
    expect(propertyLabel('area_ha_declared', 'en')).toBe('Declared area (ha)');
    expect(propertyLabel('status', 'vi')).toBe('Tình trạng');
    expect(propertyLabel('my_own_field', 'vi')).toBe('my_own_field');
  });

  it('translates coded values and leaves free text as written', () => {
    expect(codedValueText('operating', 'vi')).toBe('đang hoạt động');
    expect(codedValueText('national-road', 'vi')).toBe('quốc lộ');
    expect(codedValueText('operating', 'en')).toBe('operating');
    expect(codedValueText('Công ty ABC', 'en')).toBe('Công ty ABC');
  });
});
