import { describe, expect, it } from 'vitest';
import { propertyLabel } from '../../src/core/format/codedText.ts';

describe('property labels in Vietnamese', () => {
  it('use the planners’ words (glossary): độ chính xác, nguồn, tên tiếng Anh', () => {
    expect(propertyLabel('accuracy', 'vi')).toBe('Độ chính xác');
    expect(propertyLabel('source', 'vi')).toBe('Nguồn');
    expect(propertyLabel('name_en', 'vi')).toBe('Tên tiếng Anh');
  });
});
