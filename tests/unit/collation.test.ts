import { describe, expect, it } from 'vitest';
import { filterFields } from '../../src/core/filter/filter-fields.ts';
import { compareVietnamese, textCollator } from '../../src/core/i18n/collation.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

// Shuffled on purpose: D, Đ and E, and "Ha" under each of the six tones.
const NAMES = ['Hạ', 'Hà', 'Đông Anh', 'Há', 'Ha', 'Hả', 'Duy Tiên', 'Hã', 'Ê Đê', 'Dạ'];
// Vietnamese order: Đ is its own letter after D; tones go ngang, huyền, hỏi, ngã, sắc, nặng.
const IN_ORDER = ['Dạ', 'Duy Tiên', 'Đông Anh', 'Ê Đê', 'Ha', 'Hà', 'Hả', 'Hã', 'Há', 'Hạ'];

describe('Vietnamese text in Vietnamese order', () => {
  it('puts Đ after D and the tones in their order', () => {
    expect([...NAMES].sort(compareVietnamese)).toEqual(IN_ORDER);
  });

  it('keeps the order localeCompare gave, with one collator made once per language', () => {
    expect([...NAMES].sort(compareVietnamese)).toEqual(
      [...NAMES].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    expect(textCollator('vi')).toBe(textCollator('vi'));
    expect(textCollator('en')).not.toBe(textCollator('vi'));
  });

  it('lists the values a layer filter offers in that order', () => {
    const zones = getLayer('industrial-zones')!;
    const features = NAMES.map(
      (name): GeoJSON.Feature => ({
        type: 'Feature',
        properties: { operator: name },
        geometry: { type: 'Point', coordinates: [105.7, 21.2] },
      }),
    );
    const operator = filterFields(zones, features).find((field) => field.field === 'operator');
    expect(operator).toEqual({ field: 'operator', kind: 'values', options: IN_ORDER });
  });
});
